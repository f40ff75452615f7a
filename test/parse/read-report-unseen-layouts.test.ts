import { describe, expect, it } from 'vitest';
import { TABLE3_COLUMNS } from '../../functions/shared/model/template.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { expectedTable3, expectedTable4, makeReport, type ReportData } from './support/report-data.js';
import { renderReport } from './support/report-layouts.js';
import { brief, readText } from './template/read-text.js';

const data = makeReport('2019');
const pipe = renderReport(data, 'pipe');
const OTHER_2021 = [
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
];

describe('Table 三 variants of unseen reports', () => {
  it('reads a 2019 report that prints （六） with the 2021 template\'s three sub-rows, without a finding', async () => {
    const subRows = OTHER_2021.map((label, i) => `${i === 0 ? '（六）其他处理' : ''} | ${label} | ${'7 | '.repeat(6)}${42 + i} |`);
    const report = await readText(pipe.replace(/^（六）其他处理 \|.*$/m, subRows.join('\n')));
    expect(report.template).toBe('2019');
    expect(report.table3?.otherHandling).toBeUndefined();
    expect(report.table3?.['otherHandling.3']).toEqual({ ...Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 7])), total: 44 });
    expect(report.findings).toEqual([]);
  });

  it('reads values in template order whatever the header order: 总计 first, 社会组织 for 社会公益组织', async () => {
    const text = pipe.replace(' | 自然人 | 法人或其他组织 | 总计 |', ' | 总计 | 自然人 | 法人或其他组织 |').replace('社会公益组织', '社会组织');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('ignores a remark cell after a row\'s numbers', async () => {
    const text = pipe.replace('| 30 | 31 | 32 | 33 | 34 | 35 | 36 |', '| 30 | 31 | 32 | 33 | 34 | 35 | 36 | 含转办件 |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('gives a pipe row\'s label the numbers printed on the line below it', async () => {
    const text = pipe.replace('（二）部分公开 | 30', '（二）部分公开 |\n | 30').replace(' | 2.重复申请 | 160', ' | 2.重复申请 |\n | 160');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('reads full-width digits and thousands separators in any layout', async () => {
    const cellPerLine = renderReport(data, 'cell-per-line').replace('\t30\n', '\t３０\n').replace('\t31\n', '\t1,031\n');
    const spaces = renderReport(data, 'spaces').replace(' 30 31 32 ', ' ３０ ３１ 1,032 ');
    const piped = pipe.replace('| 30 | 31 | 32 |', '| ３０ | 1 031 | 1,032 |');
    const partials = await Promise.all([cellPerLine, spaces, piped].map(async (text) => (await readText(text)).table3?.partial));
    expect(partials.map((p) => [p?.natural, p?.commercial, p?.research])).toEqual([
      [30, 1031, 32],
      [30, 31, 1032],
      [30, 1031, 1032],
    ]);
  });

  it('never guesses where a space splits a number in space-separated text: S-SHAPE', async () => {
    const text = renderReport(data, 'spaces').replace('（二）部分公开 30 31 32 ', '（二）部分公开 30 31 1 032 ');
    const report = await readText(text);
    expect(brief(report.findings)).toEqual([{ rule: 'S-SHAPE', table: '三', row: 'partial', expected: 7, actual: 8 }]);
    expect(report.table3?.partial).toBeUndefined();
  });

  it('skips the rules a blank 总计 column feeds instead of failing them', async () => {
    const blanked: ReportData = { ...data, table3: data.table3.map((r) => ({ ...r, cells: [...r.cells.slice(0, 6), '/'] })) };
    const report = await readText(renderReport(blanked, 'pipe'));
    expect(new Set(report.findings.map((f) => `${f.rule} ${f.column}`))).toEqual(new Set(['S-BLANK total']));
    expect(report.findings).toHaveLength(data.table3.length);
    const { findings } = checkReport(report);
    expect(findings.filter((f) => f.table === '三' && f.column === 'total' && f.rule !== 'S-BLANK')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'T3-ROW-TOTAL')).toEqual([]);
  });
});

describe('labels as exports and Word users write them', () => {
  it('reads a letter-spaced label (3.其　他) as a label, not a bad number', async () => {
    const data2021 = makeReport('2021');
    const report = await readText(renderReport(data2021, 'pipe').replace('| 3.其他 |', '| 3.其\u3000他 |'));
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });

  it('reads tab rows that repeat a merged label in every cell it covers', async () => {
    const tab = renderReport(data, 'tab').replace(/^\t(一、本年新收[^\t]+)\t/m, '\t$1\t$1\t$1\t').replace(/^\t\t(2\.[^\t]+)\t/m, '\t（三）不予公开\t$1\t');
    expect(tab).toContain('数量\t一、本年新收');
    const report = await readText(tab);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });
});

describe('Table 四 with a blank cell in one-cell-per-line text', () => {
  const text = renderReport(data, 'cell-per-line');
  const table4At = text.indexOf('四、政府信息公开行政复议');

  it.each(['/', '—', '-', '无'])('gives S-BLANK for a cell written %s, and reads the other fourteen', async (mark) => {
    const report = await readText(text.slice(0, table4At) + text.slice(table4At).replace('\t112\n', `\t${mark}\n`));
    expect(brief(report.findings)).toEqual([{ rule: 'S-BLANK', table: '四', row: 'suitDirect', column: 'other' }]);
    expect(report.table4).toEqual({ ...expectedTable4(data), suitDirect: { ...expectedTable4(data).suitDirect, other: null } });
  });

  it('reads blank lines between the cells as layout, not as blank cells', async () => {
    const spaced = text.slice(0, table4At) + text.slice(table4At, text.indexOf('五、')).replaceAll('\n', '\n\n') + text.slice(text.indexOf('五、'));
    const report = await readText(spaced);
    expect(report.table4).toEqual(expectedTable4(data));
    expect(report.findings).toEqual([]);
  });

  it('gives S-SHAPE, not a guess, when a cell is simply missing (fourteen values)', async () => {
    const report = await readText(text.slice(0, table4At) + text.slice(table4At).replace('\t112\n', ''));
    expect(brief(report.findings)).toEqual([{ rule: 'S-SHAPE', table: '四', expected: 15, actual: 14 }]);
  });
});
