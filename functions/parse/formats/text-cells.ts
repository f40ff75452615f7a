/**
 * Splitting a line that has no pipes or tabs into cells: `pdftotext -layout` columns (runs of 2+ spaces) and
 * a label followed by single-space-separated values (`（一）予以公开 0 0 0 0 0 0 0`). Anything else is one cell.
 */

/** A value: a number (an amount may carry its currency sign or unit, `￥12.00`, `1234.56万元`) or a blank marker. */
const VALUE_TOKEN = /^(?:[￥¥]?[+-]?\d[\d,.]*(?:万元|万|元)?|无|\/|—+|-|–)$/;
/** A label written straight onto its first number, as crawlers leave it (`申请数量200`). */
const GLUED_NUMBER = /^(.*[\u4e00-\u9fff）)])(\d+)$/;
const MAX_LABEL = 60;

/** The cells of a line with no pipes or tabs, trimmed. */
export function splitSpacedLine(content: string): string[] {
  const columns = /\S {2,}\S/.test(content) ? content.split(/ {2,}/) : [content];
  return columns.flatMap(peelValues);
}

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
  const glued = GLUED_NUMBER.exec(head);
  return glued?.[1] && glued[2] ? [glued[1], glued[2], ...values] : [head, ...values];
}
