import { normalizeText } from '../decode.js';
import type { DocCell } from '../document.js';

/** A number written with a currency sign or unit (`1234.56万元`, `12.5万`, `3,000元`, `￥12.00`); unit null for a bare sign. */
export interface Amount {
  value: number;
  unit: '万元' | '元' | null;
}

/**
 * What a cell holds, seen without knowing its column: nothing (a merged-cell placeholder or a blank value),
 * a blank marker (无 / — -), a number as written, something number-like that is not a number (`5件`, `000121`),
 * or text (a label, a header, prose). An amount with its unit is `bad` for every column but an amount column,
 * which reads it through `amount` (table2.ts): a count never accepts a unit.
 */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'blank' }
  | { kind: 'number'; value: number; integer: boolean; signed: boolean }
  | { kind: 'bad'; amount?: Amount }
  | { kind: 'text' };

export interface ClassifiedCell {
  cell: DocCell;
  value: CellValue;
}

const BLANK_MARK = /^(?:无|\/|／|—+|-+|–|―|－|\\)$/;
const PLAIN = /^([+-])?(\d+)(?:\.(\d+))?$/;
const GROUPED = /^([+-])?(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
/**
 * Digits with stray spaces (`1 2`, `1 234`) inside one cell. Only a cell the format delimits (tab, pipe, a real
 * table) can hold them: space-separated text is split at every space before it gets here, so it stays ambiguous.
 */
const SPACED = /^(\d+(?: \d+)+)$/;
const CJK_WORD = /[\u4e00-\u9fff]{2,}/;
/** A number with a currency sign before it or a unit after it: `￥12.00`, `1234.56 万元`, `12.5万`, `3,000元`. */
const AMOUNT = /^([￥¥]\s*)?([+-]?[\d,]+(?:\.\d+)?)\s*(万元|万|元)?$/;

/** Classifies a cell from any format; full-width digits and odd spaces are normalised here for Word and HTML. */
export function classifyCell(cell: DocCell): ClassifiedCell {
  // Most cells are a plain count: read it without normalising or trying every number form.
  const { text } = cell;
  if (PLAIN_COUNT.test(text)) return { cell, value: { kind: 'number', value: Number(text), integer: true, signed: false } };
  return { cell, value: classifyText(normalizeText(text).trim()) };
}

const PLAIN_COUNT = /^(?:0|[1-9]\d{0,14})$/;

function classifyText(text: string): CellValue {
  if (text === '') return { kind: 'empty' };
  if (BLANK_MARK.test(text)) return { kind: 'blank' };
  const number = parseNumber(text);
  if (number) return number;
  const amount = parseAmount(text);
  if (amount) return { kind: 'bad', amount };
  // Digits alone are never a label, however many a crawler ran together (`000110000000000`).
  if (/^\d[\d ,.]*$/.test(text)) return { kind: 'bad' };
  // Word users letter-space short labels (`3.其\u3000他`): two characters apart are still words, not a bad number.
  // A unit is no word (`约5万元` is a bad amount, not a label).
  if (/\d/.test(text) && text.length <= 12 && !CJK_WORD.test(text.replace(/\s+/g, '').replace(/万元$/, ''))) return { kind: 'bad' };
  return { kind: 'text' };
}

/** A number as written: signs, decimals, thousands separators; a multi-digit integer part with a leading 0 is not. */
function parseNumber(text: string): CellValue | null {
  const spaced = SPACED.exec(text);
  const match = PLAIN.exec(text) ?? GROUPED.exec(text) ?? (spaced ? PLAIN.exec(text.replace(/ /g, '')) : null);
  if (!match?.[2]) return null;
  const whole = match[2].replace(/,/g, '');
  if (whole.length > 1 && whole.startsWith('0')) return null;
  const value = Number(`${match[1] ?? ''}${whole}${match[3] ? `.${match[3]}` : ''}`);
  // A count no report can hold (hundreds of digits would be Infinity): not a number we can check.
  if (whole.length > 15) return { kind: 'bad' };
  return { kind: 'number', value, integer: match[3] === undefined, signed: match[1] !== undefined };
}

function parseAmount(text: string): Amount | null {
  const match = AMOUNT.exec(text);
  if (!match?.[2] || (!match[1] && !match[3])) return null;
  const number = parseNumber(match[2]);
  if (number?.kind !== 'number') return null;
  return { value: number.value, unit: match[3] === '元' ? '元' : match[3] ? '万元' : null };
}

/** Cells that stand where a value belongs (anything but text). */
export function isValueCell(cell: ClassifiedCell): boolean {
  return cell.value.kind !== 'text';
}
