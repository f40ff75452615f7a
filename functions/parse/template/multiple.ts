import { type Finding, finding, type Provenance } from '../../shared/model/finding.js';
import type { DocRow } from '../document.js';
import { findSections } from './sections.js';
import { toSegments } from './segments.js';

/**
 * Several reports in one file (reports pasted one after another, or one report copied many times): S-MULTIPLE.
 * The sign is Table 三 printed again with its numbers, its 本年新收 row and then its 结转下年度 row each carrying
 * values, with a new report starting between the copies: section 一's heading, or a report title. A header
 * repeated over a page break, a running title on every page, a cover notice or prose quoting figures repeats
 * neither row with its values, so one report stays one.
 */

const RECEIVED = '本年新收';
const CARRIED = '结转下年度';
/** Rows below a label its values may take when each cell has its own line (seven values, blank lines between). */
const VALUE_REACH = 24;
/** A Table 三 row carries seven cells; fewer filled ones beside the label is prose or a header, not the row. */
const MIN_VALUES = 4;
/** A report's own title line: not quoted in 《》 (a cover notice), not a sentence. */
const TITLE = /^[^《》。；，]{0,40}政府信息公开[^《》。；，]{0,12}(?:年度报告|年报)$/;
/**
 * A title repeated more often than twice per copy of Table 三 is a running page header, not a report's start
 * (twice: an HTML page prints its title both as `<title>` and as its heading).
 */
const TITLES_PER_REPORT = 2;

const textOf = (row: DocRow): string => row.cells.map((cell) => cell.text).join('').replace(/\s+/g, '');

/**
 * Each row's text without spaces, made when first asked for: most rows are only asked whether they hold a
 * character of an anchor, which no cell of theirs does.
 */
function rowTexts(rows: readonly DocRow[]): (index: number) => string {
  const texts: string[] = [];
  return (index) => (texts[index] ??= rows[index] ? textOf(rows[index]) : '');
}

/** Whether the row's text can hold `anchor`: some cell holds its last character. */
const mayHold = (row: DocRow, anchor: string): boolean => row.cells.some((cell) => cell.text.includes(anchor.at(-1) ?? ''));

/** Whether the row at `index` is the Table 三 row labelled with `anchor`, printed with its values. */
function isFilledRow(rows: readonly DocRow[], index: number, anchor: string): boolean {
  const segment = toSegments(rows.slice(index, index + VALUE_REACH)).find((s) => s.label?.includes(anchor));
  const filled = segment?.values.filter((value) => value.value.kind !== 'empty' && value.value.kind !== 'text') ?? [];
  return filled.length >= MIN_VALUES && filled.some((value) => value.value.kind === 'number');
}

/** Each printed Table 三 with numbers, as the rows of its 本年新收 and 结转下年度 lines. */
function filledTables(rows: readonly DocRow[], text: (index: number) => string): { start: number; end: number }[] {
  const tables: { start: number; end: number }[] = [];
  let start: number | null = null;
  const holds = (row: DocRow, index: number, anchor: string) =>
    mayHold(row, anchor) && text(index).includes(anchor) && isFilledRow(rows, index, anchor);
  rows.forEach((row, index) => {
    if (start === null && holds(row, index, RECEIVED)) start = index;
    else if (start !== null && holds(row, index, CARRIED)) {
      tables.push({ start, end: index });
      start = null;
    }
  });
  return tables;
}

const isTitle = (row: DocRow, text = ''): boolean => row.table === undefined && TITLE.test(text);
/** Section 一's heading; the cheap test of its number first, as every line between the copies is tried. */
const isOverviewHeading = (row: DocRow): boolean =>
  /^\s*(?:第?一|1|[（(]\s*一)/.test(row.cells[0]?.text ?? '') && findSections([row])[0]?.id === '一';

/**
 * S-MULTIPLE when the rows hold more than one report, naming how many and where the second starts; null for one.
 * `actual` is the count of reports, so the rules can say why they did not run.
 */
export function multipleReports(rows: readonly DocRow[]): Finding | null {
  const text = rowTexts(rows);
  const tables = filledTables(rows, text);
  if (tables.length < 2) return null;
  const titles = rows.filter((row, index) => isTitle(row, text(index))).length;
  const titlesMark = titles <= TITLES_PER_REPORT * tables.length;
  const starts: Provenance[] = [];
  tables.slice(1).forEach((table, k) => {
    let first: DocRow | undefined;
    for (let index = (tables[k]?.end ?? 0) + 1; index < table.start && !first; index += 1) {
      const row = rows[index];
      if (row && (isOverviewHeading(row) || (titlesMark && isTitle(row, text(index))))) first = row;
    }
    const at = first?.cells.find((cell) => cell.text !== '')?.at;
    if (at) starts.push(at);
  });
  const [second] = starts;
  if (!second) return null;
  const count = starts.length + 1;
  const where = placeOf(second);
  return finding('S-MULTIPLE', {
    expected: 1,
    actual: count,
    message: `文件中包含 ${count} 份年度报告${where ? `（第二份从${where}起）` : ''}；请每个文件只上传一份报告，本文件未作核查`,
    at: second,
  });
}

/** Where a line stands, in the agency's words: a page of a PDF, else a line of the file. */
function placeOf(at: Provenance): string {
  if (at.page !== undefined) return `第 ${at.page} 页`;
  if (at.line !== undefined) return `第 ${at.line} 行`;
  return '';
}
