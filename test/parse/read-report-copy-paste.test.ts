import { describe, expect, it } from 'vitest';
import { readText } from '../../functions/parse/formats/text.js';
import { toSegments } from '../../functions/parse/template/segments.js';
import { walkBest } from '../../functions/parse/template/table3-reflow.js';

/** Table 三 text → each entry's row and the values read into it, as the walk (and its reflow) names them. */
const walk = (lines: readonly string[]): [string | null, string][] =>
  walkBest(toSegments(readText(lines.join('\n')).rows)).map((entry) => [
    entry.row,
    entry.segment.values.map((cell) => cell.cell.text).join(' '),
  ]);

const ZEROS = '0 0 0 0 0 0 0';

describe('Table 三 from pdftotext -layout text: a group label cut into a wrapped sub-row label', () => {
  it('gives the words that do not finish the group label to the sub-row it interrupts', () => {
    const lines = [
      '            2.重复申请      2    0         0   0      0   0   2',
      '            3.要求提供公开',
      '                        0    0         0   0      0   0   0',
      '    （五）不    出版物',
      '     予处理    4.无正当理由大',
      '                        0    0         0   0      0   0   0',
      '            量反复申请',
    ];
    expect(walk(lines)).toEqual([
      ['notHandled.2', '2 0 0 0 0 0 2'],
      ['notHandled.3', ZEROS],
      ['notHandled.4', ZEROS],
    ]);
  });
});
