/**
 * Splitting a line that has no pipes or tabs into cells: `pdftotext -layout` columns (runs of 2+ spaces),
 * a label followed by single-space-separated values (`（一）予以公开 0 0 0 0 0 0 0`), and the rows a crawler ran
 * together. Anything else is one cell.
 */

/** A value: a number (an amount may carry its currency sign or unit, `￥12.00`, `1234.56万元`) or a blank marker. */
const VALUE_TOKEN = /^(?:[￥¥]?[+-]?\d[\d,.]*(?:万元|万|元)?|无|\/|—+|-|–)$/;
const MAX_LABEL = 60;

/**
 * The rows of a line with no pipes or tabs, each its cells, trimmed: one row, or the several a crawler ran
 * together onto one line.
 */
export function splitSpacedRows(content: string): string[][] {
  const crawled = runTogetherRows(content);
  if (crawled) return crawled;
  const columns = /\S {2,}\S/.test(content) ? content.split(/ {2,}/) : [content];
  return [columns.flatMap(peelValues)];
}

/** Where a template row's label starts: its number (`一、`, `（三）` but not `第（一）项`, `4.属于…`). */
const ROW_START = String.raw`(?:[一二三四]、|(?<!第)[（(][一二三四五六七][)）]|[1-9][.．](?=\p{Script=Han}))`;
/** A run of a row's values, ending where the line ends or the next row's label starts. */
const VALUE_RUN = new RegExp(String.raw`[￥¥]?\d[\d ,.]*?(?:万元|万|元)?(?=\s*(?:$|${ROW_START}))`, 'gu');
const INNER_ROW_START = new RegExp(String.raw`(?<=\S)\s*(?=${ROW_START})`, 'u');
/** A label written straight onto its digits (`申请数量200`), or digits onto the next row's number (`…0 02.其他`). */
const RUN_TOGETHER = /[\p{Script=Han}）)”"」]\d|\d[1-9][.．]\p{Script=Han}/u;

/**
 * Table rows as a crawler saves a page (tags stripped, no separator): `（三）不予公开1.属于国家秘密0 00 00 0`,
 * often several rows on one line. Cut where the page's cell boundaries can still be seen: labels from digits,
 * a label from the one before it at its row number (`三、本年度办理结果（一）予以公开`), and a new row at a label
 * after values. Digits are split only at the spaces they carry: which digits belong to which cell is never
 * guessed (the row then has the wrong count of values: S-SHAPE). Null for a line that is no such row (prose, a
 * title with its year, a date).
 */
function runTogetherRows(content: string): string[][] | null {
  if (!RUN_TOGETHER.test(content) || /[。；;]/.test(content)) return null;
  const rows: string[][] = [];
  let row: string[] = [];
  let from = 0;
  for (const run of content.matchAll(VALUE_RUN)) {
    const labels = labelsOf(content.slice(from, run.index));
    if (labels.length > 0 && row.length > 0) {
      rows.push(row);
      row = [];
    }
    row.push(...labels, ...run[0].trim().split(/\s+/));
    from = run.index + run[0].length;
  }
  if (from === 0) return null;
  const rest = labelsOf(content.slice(from));
  const all = [...rows, row, ...(rest.length > 0 ? [rest] : [])];
  return all.flat().some((cell) => cell.length > MAX_LABEL) ? null : all;
}

/** The labels in text between two runs of values: one per row number it holds. */
const labelsOf = (text: string): string[] =>
  text
    .split(INNER_ROW_START)
    .map((label) => label.trim())
    .filter((label) => label !== '');

/** `label 0 0 1` → ['label', '0', '0', '1']; a part that ends in no value stays whole. */
function peelValues(part: string): string[] {
  const tokens = part.trim().split(/\s+/);
  let start = tokens.length;
  while (start > 0 && VALUE_TOKEN.test(tokens[start - 1] ?? '')) start -= 1;
  if (start === tokens.length) return [part.trim()];
  const values = tokens.slice(start);
  if (start === 0) return values;
  const head = tokens.slice(0, start).join(' ');
  if (head.length > MAX_LABEL || /[。；;]$/.test(head)) return [part.trim()];
  return [head, ...values];
}
