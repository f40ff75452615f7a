import { describe, expect, it } from 'vitest';
import { clip, displayWidth, textTable } from '../../cli/text-table.js';

describe('displayWidth', () => {
  it('counts CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('表三')).toBe(4);
    expect(displayWidth('（七）总计、「」，')).toBe(18);
    expect(displayWidth('T3 总计')).toBe(7);
  });
});

describe('clip', () => {
  it('cuts at a display width and marks the cut', () => {
    expect(clip('什刹海街道办事处', 9)).toBe('什刹海街…');
    expect(displayWidth(clip('什刹海街道办事处', 9))).toBeLessThanOrEqual(9);
    expect(clip('short', 9)).toBe('short');
  });
});

describe('textTable', () => {
  it('lines columns up by display width, mixing Chinese and ASCII', () => {
    const table = textTable([
      ['rule', 'where', 'message'],
      ['T3-ROW-TOTAL', '表三 / （七）总计', '六类申请人合计1'],
      ['N-YEAR', '“2019年天桥”', 'x'],
    ]);
    const lines = table.split('\n');
    const messageColumn = lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)));
    expect(new Set(messageColumn).size).toBe(1);
    expect(lines[0]).toBe('rule          where              message');
  });

  it('indents every line and leaves no trailing spaces', () => {
    const table = textTable([['a', ''], ['bbb', '']], '  ');
    expect(table).toBe('  a\n  bbb');
  });
});
