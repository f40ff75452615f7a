import { describe, expect, it } from 'vitest';
import { readText } from '../../../../functions/parse/formats/text/read-text.js';

const cells = (text: string): string[][] => readText(text).rows.map((row) => row.cells.map((cell) => cell.text));

describe('readText', () => {
  it.each([
    ['a pipe row with empty cells and a trailing pipe', '规章 | 0 || 3 |', [['规章', '0', '', '3']]],
    ['a markdown row, dropping the rule line', '| 规章 | 0 |\n|---|:--:|\n| 行政许可 | 1 |', [['规章', '0'], ['行政许可', '1']]],
    ['a tab row with empty cells', '\t\t2.重复申请\t0\t\t1\t', [['2.重复申请', '0', '', '1', '']]],
    ['one tab-indented cell per line, a lone tab as an empty cell', '\t（一）予以公开\n\t\n\n\t3', [['（一）予以公开'], [''], ['3']]],
    ['a label and space-separated numbers', '（一）予以公开 0 0 1 — 无 0 1,234', [['（一）予以公开', '0', '0', '1', '—', '无', '0', '1,234']]],
    ['pdftotext columns', '   （三）   1.属于国家秘密     0    12   3', [['（三）', '1.属于国家秘密', '0', '12', '3']]],
    ['digits run onto the label', '一、本年新收政府信息公开申请数量200 000121', [['一、本年新收政府信息公开申请数量', '200', '000121']]],
    ['markdown headings and bold lines without their markup', '# 某街道2020年年度报告\n## 一、总体情况 ##\n**二、主动公开**', [['某街道2020年年度报告'], ['一、总体情况'], ['二、主动公开']]],
    ['a prose sentence', '本单位2019年共主动公开政府信息154条，其中全文电子化率达100%。', [['本单位2019年共主动公开政府信息154条，其中全文电子化率达100%。']]],
  ])('splits %s', (_what, text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it.each(['- 3 -', '第 3 页 共 12 页', '3/12', `${' '.repeat(30)}7`, '\f12'])('drops the page number %j', (line) => {
    expect(cells(`规章 | 0 |\n${line}\n行政许可 | 1 |`)).toEqual([['规章', '0'], ['行政许可', '1']]);
  });

  it('keeps each cell at its line', () => {
    expect(readText('a\n\n\tb | 1 |').rows.map((row) => row.cells[0]?.at)).toEqual([{ line: 1 }, { line: 3 }]);
  });
});
