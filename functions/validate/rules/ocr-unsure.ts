import { type Finding, finding } from '../../shared/model/finding.js';
import { cellId, type OcrReading, type ReadReport, SURE_READING } from '../../shared/model/report.js';
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
import { type CellValues, equationsOf, residual } from '../suggest/equations.js';

interface Equation {
  /** The cells the equation reads, each with its sign in Σ sign × cell = 0. */
  terms: { cell: string; sign: 1 | -1 }[];
  values: CellValues;
  /** Σ sign × value as read: how far the equation is from holding. */
  residual: number;
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
    const doubt = equation && doubtfulCell(equation, readings);
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
  const { equations, values } = equationsOf(report, f.table);
  const equation = equations.find(
    ({ rule, terms }) => rule === f.rule && terms.some(({ cell, sign }) => cell === named && sign === -1),
  );
  if (!equation) return undefined;
  const terms = [...equation.terms].sort((a, b) => a.sign - b.sign);
  return { terms, values, residual: residual(equation, values) };
}

interface Doubt {
  id: string;
  value: number;
  reading: OcrReading;
}

/**
 * The cell another reading of which makes the equation hold (a total and its parts, or the two sides of
 * T3-BALANCE alike), else its least sure cell when that is unsure.
 */
function doubtfulCell(equation: Equation, readings: Record<string, OcrReading>): Doubt | undefined {
  const read = equation.terms.flatMap(({ cell: id, sign }) => {
    const reading = readings[id];
    const value = equation.values.get(id);
    return reading && value !== undefined ? [{ id, value, reading, sign }] : [];
  });
  const fixes = read.find(
    ({ value, reading, sign }) =>
      reading.alternative !== undefined && equation.residual + sign * (reading.alternative - value) === 0,
  );
  if (fixes) return fixes;
  const weakest = read.reduce<(typeof read)[number] | undefined>(
    (w, cell) => (!w || cell.reading.confidence < w.reading.confidence ? cell : w),
    undefined,
  );
  return weakest && weakest.reading.confidence < SURE_READING ? weakest : undefined;
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
