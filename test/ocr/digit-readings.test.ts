import { describe, expect, it } from 'vitest';
import { cellText } from '../../functions/parse/formats/ocr/cell-text.js';
import { decodeLine } from '../../functions/parse/formats/ocr/text-recognizer.js';

// A lone digit the recogniser takes for a letter (o for 0, ] for a 1 whose flag a fax scan dropped) is read as the
// digit it stands for, never as text that breaks the table's row; where even the blank outweighed every digit, no
// surer than the letter was.

const CHARACTERS = ['', '0', '1', '9', 'o', ']', '号'];

/** The recogniser's output for one line: each step's probabilities over CHARACTERS (index 0 the CTC blank). */
function line(...steps: Record<string, number>[]) {
  const rows = steps.map((step) => Float32Array.from(CHARACTERS, (char) => step[char === '' ? 'blank' : char] ?? 0));
  return decodeLine(CHARACTERS, (t) => rows[t] ?? new Float32Array(CHARACTERS.length), rows.length);
}

describe('digits read as letters', () => {
  it('o where the blank outweighs every digit is the 0 it looks like, as sure as the o was', () => {
    const read = line({ blank: 0.9 }, { o: 0.4, blank: 0.35, '0': 0.2, '9': 0.05 }, { blank: 0.9 });
    expect(read.text).toBe('o');
    expect(read.digits.text).toBe('0');
    expect(read.digits.confidence).toBeCloseTo(0.4);
    expect(cellText(read)).toEqual({ text: '0', confidence: expect.closeTo(0.4), alternative: '9' });
  });

  it('] read for a 1 is that 1, as sure as 1 is among the digits', () => {
    const read = line({ ']': 0.7, '1': 0.25, blank: 0.05 });
    expect(read.text).toBe(']');
    expect(cellText(read)).toMatchObject({ text: '1', confidence: 1 });
  });

  it('a digit the blank outweighs under a Chinese character is no number: the cell is its text', () => {
    const read = line({ 号: 0.8, blank: 0.15, '1': 0.05 });
    expect(read.digits.text).toBe('');
    expect(cellText(read).text).toBe('号');
  });
});
