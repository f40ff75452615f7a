import type { StoredReport } from '../functions/shared/model/stored-report.js';
import {
  OTHER_HANDLING_SPLIT,
  RESULT_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table3Column,
  type Table3Row,
  type Table4Column,
  type Table4Group,
} from '../functions/shared/model/template.js';
import { latestByAgencyYear } from './district-view.js';

/** A roll-up row: （六） is one combined row, plus its sub-rows when every counted report has them. */
export interface RollUpRow {
  key: string;
  label: string;
  cells: Record<Table3Column, number>;
}

export interface RollUp {
  year: number;
  included: StoredReport[];
  excluded: { report: StoredReport; reason: string }[];
  table3: RollUpRow[];
  table4: Record<Table4Group, Record<Table4Column, number>>;
}

type Cells<C extends string> = Partial<Record<C, number | null>>;

const TABLES_3_4 = new Set(['三', '四']);
const OTHER_COMBINED = { key: 'otherHandling', label: '（六）其他处理（合计）' };

/**
 * The latest version per agency of its report for the year: re-uploads replace, never add up.
 * An unreadable upload has no year, so it cannot stand for one; the overview lists it instead.
 */
export function latestPerAgency(reports: StoredReport[], year: number): StoredReport[] {
  return [...latestByAgencyYear(reports).values()]
    .flatMap((byYear) => byYear.get(year) ?? [])
    .sort((a, b) => a.agencyId.localeCompare(b.agencyId));
}

/** Why a report cannot be counted (Chinese: it goes into the office's CSV), or undefined when its Table 三 and 四 are complete and error-free. */
function exclusionReason(report: StoredReport): string | undefined {
  if (!report.report || report.status === 'PARSED') return '尚未核查完成';
  const tableErrors = report.findings.filter((f) => f.severity === 'error' && f.table && TABLES_3_4.has(f.table));
  if (tableErrors.length > 0) return `表三/表四有 ${tableErrors.length} 处错误`;
  const { table3, table4 } = report.report;
  if (!table3 || !table4) return '缺少表三或表四';
  if (!completeRows(table3, TABLE3_COLUMNS, sharedRows(table3))) return '表三有空白单元格';
  if (!completeRows(table4, TABLE4_COLUMNS, TABLE4_GROUPS)) return '表四有空白单元格';
  return undefined;
}

function sharedRows(table3: Partial<Record<Table3Row, Cells<Table3Column>>>): readonly Table3Row[] {
  const split = OTHER_HANDLING_SPLIT.every((row) => table3[row]);
  return ['received', 'carriedIn', ...(split ? RESULT_ROWS.split : RESULT_ROWS.single), 'handledTotal', 'carriedOut'];
}

function completeRows<C extends string>(
  table: Partial<Record<string, Cells<C>>>,
  columns: readonly C[],
  rows: readonly string[],
): boolean {
  return rows.every((row) => columns.every((column) => typeof table[row]?.[column] === 'number'));
}

function zeros<C extends string>(columns: readonly C[]): Record<C, number> {
  return Object.fromEntries(columns.map((column) => [column, 0])) as Record<C, number>;
}

function add<C extends string>(into: Record<C, number>, cells: Cells<C> | undefined, columns: readonly C[]): void {
  for (const column of columns) into[column] += cells?.[column] ?? 0;
}

/** Sums Table 三 and 四 over the latest complete, error-free report of each agency for the year. */
export function rollUp(reports: StoredReport[], year: number): RollUp {
  const included: StoredReport[] = [];
  const excluded: RollUp['excluded'] = [];
  for (const report of latestPerAgency(reports, year)) {
    const reason = exclusionReason(report);
    if (reason) excluded.push({ report, reason });
    else included.push(report);
  }
  const tables = included.map((report) => report.report?.table3 ?? {});
  const allSplit = tables.length > 0 && tables.every((t) => OTHER_HANDLING_SPLIT.every((row) => t[row]));
  const keys: Table3Row[] = ['received', 'carriedIn', ...RESULT_ROWS.single, 'handledTotal', 'carriedOut'];
  const table3: RollUpRow[] = [];
  for (const key of keys) {
    const isOther = key === 'otherHandling';
    const row: RollUpRow = {
      key,
      label: isOther ? OTHER_COMBINED.label : TABLE3_ROW_LABELS[key],
      cells: zeros(TABLE3_COLUMNS),
    };
    for (const table of tables) {
      const parts = isOther && !table.otherHandling ? OTHER_HANDLING_SPLIT : [key];
      for (const part of parts) add(row.cells, table[part], TABLE3_COLUMNS);
    }
    table3.push(row);
    if (isOther && allSplit) {
      for (const sub of OTHER_HANDLING_SPLIT) {
        const subRow: RollUpRow = { key: sub, label: TABLE3_ROW_LABELS[sub], cells: zeros(TABLE3_COLUMNS) };
        for (const table of tables) add(subRow.cells, table[sub], TABLE3_COLUMNS);
        table3.push(subRow);
      }
    }
  }
  const table4 = Object.fromEntries(TABLE4_GROUPS.map((group) => [group, zeros(TABLE4_COLUMNS)])) as RollUp['table4'];
  for (const report of included) {
    for (const group of TABLE4_GROUPS) add(table4[group], report.report?.table4?.[group], TABLE4_COLUMNS);
  }
  return { year, included, excluded, table3, table4 };
}
