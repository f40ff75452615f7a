import type { TableId } from '../../shared/model/template.js';
import type { DocRow } from '../document.js';
import { normalizeLabel } from './labels.js';
import type { SectionStart } from './sections.js';

/** Rows [start, end) of the document where a table stands. */
export interface Region {
  start: number;
  end: number;
}

/** Far more lines than any layout of the longest table takes: beyond this it is not the table (and costs time). */
const MAX_TABLE_ROWS = 3000;

const ANCHORS: Record<TableId, (text: string) => boolean> = {
  二: (text) => /第二十条第/.test(text),
  三: (text) => /本年新收|勾稽关系|申请人情况/.test(text),
  // Its first header cell, or its first header row run together (`行政复议行政诉讼`, crawler text).
  四: (text) => text.includes('复议') && ['行政复议', '行政复议行政诉讼'].includes(normalizeLabel(text)),
};

/**
 * Where each table stands: from its section's heading (二, 三, 四), or, without one, from the first row that
 * only that table has; to the next table or the next section (五, 六).
 */
export function findRegions(rows: readonly DocRow[], sections: readonly SectionStart[]): Partial<Record<TableId, Region>> {
  const starts: Partial<Record<TableId, number>> = {};
  let from = 0;
  for (const table of ['二', '三', '四'] as const) {
    const heading = sections.find((section) => section.id === table)?.row;
    const start = heading ?? firstRow(rows, from, ANCHORS[table]);
    if (start !== undefined) {
      starts[table] = start;
      from = start + 1;
    }
  }
  const bounds = [...Object.values(starts), ...sections.map((section) => section.row), rows.length];
  const regions: Partial<Record<TableId, Region>> = {};
  for (const [table, start] of Object.entries(starts) as [TableId, number][]) {
    const end = Math.min(...bounds.filter((bound) => bound > start));
    regions[table] = { start, end: Math.min(end, start + MAX_TABLE_ROWS) };
  }
  return regions;
}

function firstRow(rows: readonly DocRow[], from: number, test: (text: string) => boolean): number | undefined {
  for (let index = from; index < rows.length; index += 1) {
    if (rows[index]?.cells.some((cell) => test(cell.text))) return index;
  }
  return undefined;
}
