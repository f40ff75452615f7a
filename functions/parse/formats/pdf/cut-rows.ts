/**
 * A table row cut by a page break: the page ends inside a tall row, and the rest of its wrapped label opens the next
 * page as a row of its own, with no number (Chromium breaks rows so; the numbers print on the first page).
 */

/** A label's own numbering: the start of a row or block label, never the rest of another. */
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d))/u;

/** The rest of a cut label, when a row holds only that: one text, no digit, no numbering of its own. */
export function cutRest(texts: readonly string[]): string | null {
  const filled = texts.filter((text) => text !== '');
  const [text] = filled;
  return filled.length === 1 && text !== undefined && !/\d/.test(text) && !NUMBERED.test(text) ? text : null;
}

/** The cell a cut label's rest finishes: the last label before the row's first number; -1 for a row of no number. */
export function cutLabelAt(texts: readonly string[]): number {
  const firstValue = texts.findIndex((text) => /^\s*\d/.test(text));
  return firstValue < 0 ? -1 : texts.slice(0, firstValue).findLastIndex((text) => text !== '');
}
