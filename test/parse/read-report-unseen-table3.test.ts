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

  it('takes a parent row as its first sub-row, with S-POSITIONAL, when that sub-row has no label of its own', async () => {
    const text = pipe.replace('（三）不予公开 | 1.属于国家秘密 |', '（三）不予公开 |');
    const report = await readText(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(brief(report.findings)).toEqual([{ rule: 'S-POSITIONAL', table: '三' }]);
    expect(report.findings[0]?.message).toMatch(/属于国家秘密/);
  });
});
