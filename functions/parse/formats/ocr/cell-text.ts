import type { OcrLine } from './text-recognizer.js';

/**
 * A reading of a number cell: digits and the letters OCR takes them for (o for 0, l or I for 1), among specks read
 * as punctuation (a scan's dust beside a cell's ruling comes back as ' " ： .).
 */
const TAKEN_FOR_DIGITS = 'oOlI|〇○DQ';
export const NUMBER_LIKE = new RegExp(`^[\\d${TAKEN_FOR_DIGITS}]+$`, 'u');
/** One of those letters, or a bracket for a 1 whose flag a fax scan dropped: a character read for a lone digit. */
export const DIGIT_LOOKALIKE = new RegExp(`^[${TAKEN_FOR_DIGITS}[\\]]$`, 'u');
/** Brackets are marks, not specks, where they stand for the 1 they look like. */
const ONES = /[[\]]/g;
export const SPECKS = /[^\p{L}\p{N}]/gu;
export const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** A reading of one line of a table cell or of one number: its text, how sure OCR is, and the other reading if any. */
export interface CellText {
  text: string;
  confidence: number;
  alternative?: string;
}

/**
 * A cell line's text. A number (or what OCR takes for one: o for 0) is the digits-only reading, as sure as its least
 * sure digit among the digits, with that digit's runner-up as the other reading; other text is the free reading.
 */
export function cellText(line: OcrLine | undefined): CellText {
  const text = spacedOnlyInLatin(line?.text ?? '');
  const digits = line?.digits;
  const number = digits && withoutSpecks(digits.text);
  if (digits && number && NUMBER_LIKE.test(text.replace(ONES, 'l').replace(SPECKS, '')) && NUMBER.test(number)) {
    const second = digits.second === undefined ? '' : withoutSpecks(digits.second);
    return { text: number, confidence: digits.confidence, ...(NUMBER.test(second) && { alternative: second }) };
  }
  return { text, confidence: Math.min(1, ...(line?.chars.map((c) => c.confidence) ?? [])) };
}

/** A digits-only reading without the points a speck left before or after it ("0." for 0). */
function withoutSpecks(digits: string): string {
  return digits.replace(/^\.+|[.+-]+$/g, '');
}

/** Spaces stay only between Latin letters or digits: Chinese text and its punctuation run on, as a text PDF has it. */
export function spacedOnlyInLatin(text: string): string {
  return text.trim().replace(/(?<=[^\x21-\x7e])\s+|\s+(?=[^\x21-\x7e])/g, '');
}
