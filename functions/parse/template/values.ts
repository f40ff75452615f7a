import { type Finding, finding, type Provenance } from '../../shared/model/finding.js';
import { sharedCellId } from '../../shared/model/cell-ids.js';
import type { TableId } from '../../shared/model/template.js';
import type { ClassifiedCell } from './cells.js';
import { causeFinding, type ShapeProblem } from './shape-groups.js';

/** What a column may hold: a count (a whole number ≥ 0), a signed change (本年增/减), or an amount (decimals). */
export type ValueKind = 'count' | 'signed' | 'amount';

export interface ColumnTarget {
  key: string;
  label: string;
  kind: ValueKind;
}

/** A template row the reader fills: where findings point and which columns it has, in order. */
export interface RowTarget {
  table: TableId;
  row: string;
  rowLabel: string;
  columns: readonly ColumnTarget[];
}

/** Where reading writes what it finds besides the values: findings and each value's provenance. */
export interface ReadSink {
  findings: Finding[];
  cells: Record<string, Provenance>;
}

const TABLE_NAMES: Record<TableId, string> = { 二: '表二', 三: '表三', 四: '表四' };

/** `表三「（七）总计」行「自然人」列`: how messages name a cell. */
export function cellName(target: Pick<RowTarget, 'table' | 'rowLabel'>, column: Pick<ColumnTarget, 'label'>): string {
  return `${TABLE_NAMES[target.table]}「${target.rowLabel}」行「${column.label}」列`;
}

/** Reads fitted cells into the row's values: blanks and bad values become null with a finding, never 0. */
export function readRow(target: RowTarget, cells: readonly ClassifiedCell[], sink: ReadSink): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  target.columns.forEach((column, index) => {
    const cell = cells[index];
    if (!cell) return;
    sink.cells[sharedCellId(target.table, target.row, column.key)] = cell.cell.at;
    values[column.key] = readValue(target, column, cell, sink);
  });
  return values;
}

/** The fields that place a cell finding: table, row, column, the cell's text and where it was read. */
export function cellPlace(target: RowTarget, column: ColumnTarget, cell: ClassifiedCell) {
  return {
    table: target.table,
    row: target.row,
    rowLabel: target.rowLabel,
    column: column.key,
    columnLabel: column.label,
    excerpt: cell.cell.text,
    at: cell.cell.at,
  };
}

function readValue(target: RowTarget, column: ColumnTarget, cell: ClassifiedCell, sink: ReadSink): number | null {
  const { value } = cell;
  if (value.kind === 'number' && fits(value, column.kind)) return value.value;
  const located = cellPlace(target, column, cell);
  if (value.kind === 'empty' || value.kind === 'blank') {
    const shown = cell.cell.text === '' ? '空白' : `“${cell.cell.text}”`;
    sink.findings.push(
      finding('S-BLANK', { ...located, message: `${cellName(target, column)}为${shown}，按缺失处理；请填写数字（没有则填 0）` }),
    );
    return null;
  }
  sink.findings.push(
    finding('S-VALUE', { ...located, message: `${cellName(target, column)}填的“${cell.cell.text}”不是${KIND_NAMES[column.kind]}；请改为数字` }),
  );
  return null;
}

const KIND_NAMES: Record<ValueKind, string> = { count: '件数（非负整数）', signed: '增减数（整数）', amount: '金额' };

function fits(value: { value: number; integer: boolean; signed: boolean }, kind: ValueKind): boolean {
  if (kind === 'signed') return value.integer;
  if (kind === 'amount') return value.value >= 0;
  return value.integer && !value.signed && value.value >= 0;
}

/** S-SHAPE for a row whose values do not fit the template: the row is left out, never guessed. */
export function shapeFinding(target: RowTarget, actual: number, at: Provenance): Finding {
  return causeFinding([{ ...problemRow(target), cause: actual === 0 ? 'none' : 'count', actual, at }]);
}

/** S-SHAPE for a template row not found at all. */
export function missingRowFinding(target: RowTarget): Finding {
  return causeFinding([{ ...problemRow(target), cause: 'missing', actual: 0 }]);
}

function problemRow(target: RowTarget): Pick<ShapeProblem, 'table' | 'row' | 'label' | 'expected'> {
  return { table: target.table, row: target.row, label: target.rowLabel, expected: target.columns.length };
}
