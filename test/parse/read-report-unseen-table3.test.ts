import { describe, expect, it } from 'vitest';
import { expectedTable3, makeReport } from './support/report-data.js';
import { renderReport } from './support/report-layouts.js';
import { brief, readText } from './template/read-text.js';

const SUBTOTAL = (n: number): string => ` | ${Array.from({ length: 7 }, () => String(n)).join(' | ')} |`;

describe('a Table 三 parent label printed with its own subtotal row', () => {
  const data = makeReport('2019');
  const pipe = renderReport(data, 'pipe');

  it('reads the sub-rows and skips （三）, （四） and 三、本年度办理结果 subtotals without a finding', async () => {
    const text = pipe
      .replace('三、本年度办理结果 | （一）予以公开', `三、本年度办理结果${SUBTOTAL(5)}\n（一）予以公开`)
      .replace('（三）不予公开 | 1.属于国家秘密', `（三）不予公开${SUBTOTAL(0)}\n | 1.属于国家秘密`)
      .replace('（四）无法提供 | 1.本机关', `（四）无法提供${SUBTOTAL(9)}\n1.本机关`);
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('skips a subtotal in space-separated PDF text', async () => {
    const text = renderReport(data, 'spaces').replace('（三）不予公开 1.属于国家秘密', '（三）不予公开 0 0 0 0 0 0 0\n1.属于国家秘密');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('reads a 2021 （六） subtotal followed by its three sub-rows as the three sub-rows', async () => {
    const data2021 = makeReport('2021');
    const text = renderReport(data2021, 'pipe').replace('（六）其他处理 | 1.申请人', `（六）其他处理${SUBTOTAL(3)}\n | 1.申请人`);
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });

  it('reads a 2021 （六） subtotal over three unlabelled sub-rows by position', async () => {
    const data2021 = makeReport('2021');
    const text = renderReport(data2021, 'pipe')
      .replace(/（六）其他处理 \| 1\.[^|]+\|/, `（六）其他处理${SUBTOTAL(3)}\n |`)
      .replace(/ \| 2\.申请人[^|]+\|/, ' |')
      .replace(' | 3.其他 |', ' |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(brief(report.findings)).toEqual([{ rule: 'S-POSITIONAL', table: '三' }]);
  });

  it('skips 小计 and a bare 合计 after a group\'s sub-rows, never taking them for （七）总计', async () => {
    const text = pipe
      .replace(' | 8.属于行政查询事项 | 110 | 111 | 112 | 113 | 114 | 115 | 116 |', `$&\n | 合计${SUBTOTAL(1)}`)
      .replace(' | 3.补正后申请内容仍不明确 | 140 | 141 | 142 | 143 | 144 | 145 | 146 |', `$&\n | 小计${SUBTOTAL(2)}`);
    expect(text).toContain('| 合计 |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('takes a parent row as its first sub-row, with S-POSITIONAL, when that sub-row has no label of its own', async () => {
    const text = pipe.replace('（三）不予公开 | 1.属于国家秘密 |', '（三）不予公开 |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(brief(report.findings)).toEqual([{ rule: 'S-POSITIONAL', table: '三' }]);
    expect(report.findings[0]?.message).toMatch(/属于国家秘密/);
  });
});

describe('Table 三 as real reports break it', () => {
  const data2021 = makeReport('2021');
  const pipe2021 = renderReport(data2021, 'pipe');

  it('reads on after its header rows printed again at a page break', async () => {
    const header = [
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
      '自然人 | 法人或其他组织 | 总计 |',
      '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
    ].join('\n');
    const text = pipe2021.replace(' | 8.属于行政查询事项', `${header}\n | 8.属于行政查询事项`);
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });

  it('reads （六） printed as a row of empty cells over unlabelled sub-rows by position', async () => {
    const text = pipe2021
      .replace(/（六）其他处理 \| 1\.[^|]+\|/, `（六）其他处理 |${' |'.repeat(7)}\n |`)
      .replace(/ \| 2\.申请人[^|]+\|/, ' |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(brief(report.findings)).toEqual([{ rule: 'S-POSITIONAL', table: '三' }]);
  });

  it('reads a 2021 sub-row whose label wraps after its numbers, with （六） on the next sub-row (pdftotext -layout)', async () => {
    const rows = data2021.table3.filter((r) => r.row.startsWith('otherHandling'));
    const numbers = (i: number): string => (rows[i]?.cells ?? []).join('    ');
    const wrapped = [
      `      1.申请人无正当理由逾期不补正、行政    ${numbers(0)}`,
      '      机关不再处理其政府信息公开申请',
      `（六）其他处理 2.申请人逾期未按收费通知要求缴纳    ${numbers(1)}`,
      '      费用、行政机关不再处理其政府信息公开申请',
      `      3.其他    ${numbers(2)}`,
    ].join('\n');
    const text = renderReport(data2021, 'spaces').replace(/^（六）其他处理 1\..*\n.*\n.*3\.其他.*$/m, wrapped);
    expect(text).toContain('机关不再处理其政府信息公开申请\n');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });

  it('joins a sub-row label wrapped over three lines whose numbers sit behind （六） on the middle line', async () => {
    const numbers = (data2021.table3.find((r) => r.row === 'otherHandling.2')?.cells ?? []).join('    ');
    const wrapped = [
      '      2.申请人逾期未按收费通知',
      `（六）其他处理 要求缴纳费用、行政机关不再    ${numbers}`,
      '      处理其政府信息公开申请',
    ].join('\n');
    const text = renderReport(data2021, 'spaces').replace(/^2\.申请人逾期.*$/m, wrapped);
    expect(text).toContain('处理其政府信息公开申请\n');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });

  it('reads digits with a stray space inside one tab-delimited cell as one number', async () => {
    const text = renderReport(data2021, 'tab').replace('\t40\t41\t', '\t4 0\t4 1\t');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data2021));
    expect(report.findings).toEqual([]);
  });
});
