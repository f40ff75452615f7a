import { describe, expect, it } from 'vitest';
import { expectedTable3, makeReport, type ReportData } from './support/report-data.js';
import { renderReport } from './support/report-layouts.js';
import { readText } from './template/read-text.js';

/**
 * `pdftotext -layout` of a Table 三 with narrow label columns: each label wraps every `width` characters, its
 * numbers on the middle line; group labels wrap in a column of their own beside the first sub-row; 三、本年度办理结果
 * runs down the margin one character a line.
 */
function narrowTable3(data: ReportData, width: number): string[] {
  const chunks = (text: string, size: number): string[] => text.match(new RegExp(`.{1,${size}}`, 'gu')) ?? [];
  const margin = [...'三、本年度办理结果'];
  const lines: string[] = [];
  let lastParent: string | undefined;
  for (const { row, parent, label, cells } of data.table3) {
    const numbers = `          ${cells.join('      ')}`;
    // An odd count of pieces puts the numbers on the middle piece's line, an even count on a line between.
    const pieces = chunks(label, width);
    const half = Math.floor(pieces.length / 2);
    const column = pieces.length % 2 === 1 ? pieces.map((p, i) => (i === half ? `${p}${numbers}` : p)) : [...pieces.slice(0, half), numbers, ...pieces.slice(half)];
    const group = parent && parent !== lastParent ? chunks(parent, 4) : [];
    lastParent = parent;
    const inResults = !['received', 'carriedIn', 'carriedOut'].includes(row);
    for (let i = 0; i < Math.max(column.length, group.length); i += 1) {
      const left = inResults ? (margin.shift() ?? '') : '';
      lines.push(`  ${left.padEnd(4)}${(group[i] ?? '').padEnd(8)}  ${column[i] ?? ''}`.replace(/\s+$/, ''));
    }
  }
  return lines;
}

describe('a pdftotext -layout Table 三 with narrow label columns', () => {
  it.each([['2019', 7], ['2021', 8], ['2021', 6]] as const)('reads every row of a %s report wrapped every %i characters', async (template, width) => {
    const data = makeReport(template);
    const text = renderReport(data, 'pdf-layout');
    const start = text.indexOf('一、本年新收');
    const end = text.indexOf('四、政府信息公开行政复议');
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const narrow = `${text.slice(0, lineStart)}${narrowTable3(data, width).join('\n')}\n${text.slice(end)}`;
    expect(narrow).not.toContain('5.要求行政机关确认');
    const report = await readText(narrow);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });
});
