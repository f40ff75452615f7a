import { type Finding, finding } from '../../shared/model/finding.js';
import { cellId, type OcrReading, type ReadReport } from '../../shared/model/report.js';
import {
  TABLE3_COLUMN_LABELS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
  type Table3Column,
  type Table3Row,
  type Table4Column,
  type Table4Group,
} from '../../shared/model/template.js';
import { equationsOf } from '../suggest/equations.js';

/**
 * A number OCR read less surely than this (its least sure digit's share among the digits) may be misread. On the
 * corpus's scans (corpus/ocr/) every misread digit scored below it; a printed digit read right scores 0.95 and up.
 */
export const SURE = 0.9;

interface Equation {
  /** The cells the equation reads; the first is the total the finding names. */
  cells: string[];
  /** How much the total must change for the equation to hold (expected − actual, as the rule reported them). */
  gap: number | null;
}

/**
 * OCR-UNSURE: a cross-total that fails in a scanned report is no error when one of its cells was read unsurely, or
 * when another reading of a cell makes it hold; the agency is asked to check that cell against the original. The
 * errors of equations read surely stay errors.
 */
export function withOcrDoubts(report: ReadReport, findings: readonly Finding[]): Finding[] {
  const readings = report.ocr;
  if (!readings) return [...findings];
  const doubted = new Set<string>();
  return findings.flatMap((f) => {
    const equation = f.severity === 'error' ? equationOf(f, report) : undefined;
    const doubt = equation && doubtfulCell(equation, readings, report);
    if (!doubt) return [f];
    // One cell in two failing equations (its row's total and its column's) is one question for the agency.
    if (doubted.has(doubt.id)) return [];
    doubted.add(doubt.id);
    return [unsure(doubt, report)];
  });
}

/** The cell a cross-total finding names: a row's total, （七）总计 of a column, or a Table 四 group's total. */
function namedCell(f: Finding): string | undefined {
  if ((f.rule === 'T3-ROW-TOTAL' || f.rule === 'T4-GROUP-TOTAL') && f.row) {
    return cellId(f.rule === 'T3-ROW-TOTAL' ? '三' : '四', f.row, 'total');
  }
  if ((f.rule === 'T3-HANDLED-SUM' || f.rule === 'T3-BALANCE') && f.column) {
    return cellId('三', 'handledTotal', f.column);
  }
  return undefined;
}

/** The finding's equation as the suggestions build it (suggest/equations.ts, on the rules' rows), its total first. */
function equationOf(f: Finding, report: ReadReport): Equation | undefined {
  const named = namedCell(f);
  if (!named || f.table === undefined || f.table === '二') return undefined;
  const equation = equationsOf(report, f.table).equations.find(
    ({ rule, terms }) => rule === f.rule && terms.some(({ cell, sign }) => cell === named && sign === -1),
  );
  if (!equation) return undefined;
  const cells = [...equation.terms].sort((a, b) => a.sign - b.sign).map(({ cell }) => cell);
  // T3-BALANCE weighs sides, not a total and its parts: only an unsure reading, never an alternative, explains it.
  const sides = f.rule === 'T3-BALANCE';
  const gap = !sides && f.expected !== undefined && typeof f.actual === 'number' ? f.expected - f.actual : null;
  return { cells, gap };
}

interface Doubt {
  id: string;
  value: number;
  reading: OcrReading;
}

/** The cell another reading of which makes the equation hold, else its least sure cell when that is unsure. */
function doubtfulCell(equation: Equation, readings: Record<string, OcrReading>, report: ReadReport): Doubt | undefined {
  const read = equation.cells.flatMap((id, index) => {
    const reading = readings[id];
    const value = valueAt(report, id);
    return reading && value !== null ? [{ id, value, reading, total: index === 0 }] : [];
  });
  const { gap } = equation;
  const fixes = read.find(({ value, reading, total }) => {
    if (gap === null || reading.alternative === undefined) return false;
    // The total must become the sum (gap = sum − total); a part must move the sum onto the total.
    return total ? reading.alternative - value === gap : reading.alternative - value === -gap;
  });
  if (fixes) return fixes;
  const weakest = read.reduce<(typeof read)[number] | undefined>(
    (w, cell) => (!w || cell.reading.confidence < w.reading.confidence ? cell : w),
    undefined,
  );
  return weakest && weakest.reading.confidence < SURE ? weakest : undefined;
}

function valueAt(report: ReadReport, id: string): number | null {
  const [table, row = '', column = ''] = id.split('/');
  const value =
    table === '三'
      ? report.table3?.[row as Table3Row]?.[column as Table3Column]
      : report.table4?.[row as Table4Group]?.[column as Table4Column];
  return value ?? null;
}

function unsure({ id, value, reading }: Doubt, report: ReadReport): Finding {
  const [table = '三', row = '', column = ''] = id.split('/');
  const rowLabel =
    table === '三' ? TABLE3_ROW_LABELS[row as Table3Row] : TABLE4_GROUP_LABELS[row as Table4Group];
  const columnLabel =
    table === '三' ? TABLE3_COLUMN_LABELS[column as Table3Column] : TABLE4_COLUMN_LABELS[column as Table4Column];
  const at = report.cells[id];
  const page = at?.page ? `第 ${at.page} 页` : '';
  const other = reading.alternative === undefined ? '' : `，也可能是 ${reading.alternative}`;
  return finding('OCR-UNSURE', {
    table: table === '四' ? '四' : '三',
    row,
    rowLabel,
    column,
    columnLabel,
    actual: value,
    ...(reading.alternative !== undefined && { expected: reading.alternative }),
    message: `${page}表${table}${rowLabel}行${columnLabel}列一格识别不确定（识别为 ${value}${other}），请核对原件；该格所在的合计关系暂不作为错误报告。`,
    ...(at && { at }),
  });
}
