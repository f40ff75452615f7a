/**
 * A table row cut by a page break: the page ends inside a tall row, and the rest of its wrapped label opens the next
 * page as a row of its own, with no number (Chromium breaks rows so; the numbers print on the first page).
 */

/** A label's own numbering: the start of a row or block label, never the rest of another. */
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d))/u;

/** Table 二's section titles (第二十条第（五）项): a line of their own, never part of a label above or below. */
export const SECTION = /^\s*第[一二三四五六七八九十]+条/u;

/** A number, not a numbered label (`3.补正后…` starts with a digit too). */
const isValue = (text: string): boolean => /^\s*[+-]?\d[\d,.]*\s*$/.test(text);

/** Header words reprinted over the value columns of `before` on the new page (其他, 总计 …): no row of the table. */
export function isValueHeader(row: readonly string[], before: readonly string[]): boolean {
  const firstValue = before.findIndex(isValue);
  return firstValue >= 0 && row.every((text, index) => text === '' || (index >= firstValue && !/\d/.test(text)));
}

/**
 * The rests of labels the break cut from `before` (the last row with numbers), when `row` holds only those: texts in
 * label columns of `before` (a header word reprinted over the values is none), no digit, no numbering of their own,
 * no section title (a new page may open Table 二's next section). One text finishes the last label of `before`; a
 * text in each of several label columns (开 | 家秘密 of （三）不予公 | 1.属于国) finishes the label of its own column.
 * Returns the cells of `before` they finish and the texts, or null.
 */
export function cutRests(row: readonly string[], before: readonly string[]): { at: number; text: string }[] | null {
  const firstValue = before.findIndex(isValue);
  const last = before.slice(0, Math.max(firstValue, 0)).findLastIndex((text) => text !== '');
  const filled = row.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const label = (text: string) => !/\d/.test(text) && !NUMBERED.test(text) && !SECTION.test(text);
  if (last < 0 || filled.length === 0 || filled.some(({ text, index }) => index >= firstValue || !label(text))) {
    return null;
  }
  if (filled.length === 1) return filled.map(({ text }) => ({ at: last, text }));
  return filled.every(({ index }) => before[index] !== '') ? filled.map(({ text, index }) => ({ at: index, text })) : null;
}
