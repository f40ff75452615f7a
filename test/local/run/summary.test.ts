import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../local/run/summary.js';

describe('displayWidth', () => {
  it.each([
    { text: 'report', width: 6 },
    { text: '年报.txt', width: 8 },
    { text: '（七）总计', width: 10 },
  ])('counts CJK characters as two columns: $text', ({ text, width }) => {
    expect(displayWidth(text)).toBe(width);
  });
});
