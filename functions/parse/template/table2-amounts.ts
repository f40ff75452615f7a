import { finding } from '../../shared/model/finding.js';
import { sharedCellId } from '../../shared/model/cell-ids.js';
import type { Table2Column } from '../../shared/model/template.js';
import type { ClassifiedCell } from './cells.js';
import type { Segment } from './segments.js';
import { cellName, cellPlace, type ReadSink, readRow, type RowTarget } from './values.js';

type Unit = '万元' | '元';

/** The header cell of each amount column; its bracket may name the unit (`（万元，保留四位小数）`, `（单位：元）`). */
const AMOUNT_HEADERS: Partial<Record<Table2Column, RegExp>> = {
  purchaseAmount: /采购.*金额.*?[（(][^）)]*?(万元|元)/,
  feeAmount: /收费金额.*?[（(][^）)]*?(万元|元)/,
};

/** The unit each amount column's header prints, where it prints one. */
export function headerUnits(segments: readonly Segment[]): Partial<Record<Table2Column, Unit>> {
  const units: Partial<Record<Table2Column, Unit>> = {};
  for (const [column, header] of Object.entries(AMOUNT_HEADERS) as [Table2Column, RegExp][]) {
    const unit = segments.map((segment) => header.exec(segment.label ?? '')?.[1]).find(Boolean);
    if (unit === '万元' || unit === '元') units[column] = unit;
  }
  return units;
}

/**
 * A Table 二 row read with its amounts as printed: `1234.56万元`, `12.5万`, `￥12.00` are the number before the
 * unit, in the template's 万元. An amount in 元 (its cell's unit, or its header's when the cell has none) is not
 * stored: the column holds 万元, so the printed number would be read as 万元, and converting it would store a
 * number the report does not print. The agency is asked to write it in 万元 (S-VALUE).
 */
export function readTable2Row(
  target: RowTarget,
  cells: readonly ClassifiedCell[],
  units: Partial<Record<Table2Column, Unit>>,
  sink: ReadSink,
): Record<string, number | null> {
  const read: { column: RowTarget['columns'][number]; cell: ClassifiedCell }[] = [];
  const inYuan: typeof read = [];
  target.columns.forEach((column, index) => {
    const cell = cells[index];
    if (!cell) return;
    if (column.kind !== 'amount') return read.push({ column, cell });
    const { value } = cell;
    const amount = value.kind === 'bad' ? value.amount : value.kind === 'number' ? { value: value.value, unit: null } : undefined;
    const unit = amount?.unit ?? units[column.key as Table2Column] ?? '万元';
    if (amount && unit === '元') return inYuan.push({ column, cell });
    const number = amount && { kind: 'number' as const, value: amount.value, integer: false, signed: amount.value < 0 };
    return read.push({ column, cell: number ? { cell: cell.cell, value: number } : cell });
  });
  const values = readRow({ ...target, columns: read.map(({ column }) => column) }, read.map(({ cell }) => cell), sink);
  for (const { column, cell } of inYuan) {
    sink.cells[sharedCellId(target.table, target.row, column.key)] = cell.cell.at;
    values[column.key] = null;
    sink.findings.push(
      finding('S-VALUE', {
        ...cellPlace(target, column, cell),
        message: `${cellName(target, column)}填的“${cell.cell.text}”是以元为单位的金额，模板要求以万元为单位（保留四位小数）；本格未予采用，请换算为万元后填写`,
      }),
    );
  }
  return values;
}
