import { describe, expect, it } from 'vitest';
import { readText } from '../../functions/parse/formats/text/read-text.js';
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

/** One cell a line, as a PDF viewer's copy-paste (plain `pdftotext`) gives a table. */
const oneALine = (...rows: (string | readonly number[])[]): string[] =>
  rows.flatMap((row) => (typeof row === 'string' ? [row] : row.map(String)));

describe('Table 三 from copy-paste text (one cell a line)', () => {
  it('reads a row whose last two numbers share a line as one row', () => {
    const lines = [...oneALine('一、本年新收政府信息公开申请数量', [30, 9, 0, 0, 1]), '1 41', ...oneALine('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1])];
    expect(walk(lines)).toEqual([
      ['received', '30 9 0 0 1 1 41'],
      ['carriedIn', '1 0 0 0 0 0 1'],
    ]);
  });

  it('skips the column header a page break put inside a row, 总计 included, and finishes the row after it', () => {
    const lines = oneALine('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0], '法人或其他组织', '商业 科研 社会公 法律服 其', '总', '计', [1], '（一）予以公开', [12, 5, 0, 0, 1, 0, 18]);
    expect(walk(lines)).toEqual([
      ['carriedIn', '1 0 0 0 0 0 1'],
      ['granted', '12 5 0 0 1 0 18'],
    ]);
  });

  it('gives a run of two rows of numbers to the next row when its moved label is printed further down', () => {
    const lines = oneALine(
      '3.补正后申请内',
      '容仍不明确',
      [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2],
      '2.重复申请',
      [0, 0, 0, 0, 0, 0, 0],
      '（五）不予处理 1.信访举报投诉类申请',
    );
    expect(walk(lines)).toEqual([
      ['unable.3', ZEROS],
      ['notHandled.1', '2 0 0 0 0 0 2'],
      ['notHandled.2', ZEROS],
    ]);
  });

  it('never splits such a run when the next row\'s label is printed nowhere', () => {
    const lines = oneALine('3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2], '2.重复申请', [0, 0, 0, 0, 0, 0, 0]);
    expect(walk(lines)).toEqual([
      ['unable.3', `${ZEROS} 2 0 0 0 0 0 2`],
      ['notHandled.2', ZEROS],
    ]);
  });
});
