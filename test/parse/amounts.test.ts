import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import { makeReport, type ReportData } from './support/report-data.js';
import { renderReport, type TextLayout } from './support/report-layouts.js';
import { brief, readText } from './template/read-text.js';

/** A report whose Table 二 amount cells (and the procurement header, when given) are printed as real reports print them. */
function withAmounts(template: '2019' | '2021', amount: string, header?: string): ReportData {
  const data = makeReport(template);
  const table2 = data.table2.map(([label, cells]): readonly [string, readonly string[]] => {
    if (label === '政府集中采购') return [label, [cells[0] ?? '', amount]];
    if (template === '2021' && label === '行政事业性收费') return [label, [amount]];
    return [label, cells];
  });
  const headed: ReportData['table2'] = header
    ? table2.flatMap((row) => (row[0] === (template === '2019' ? '政府集中采购' : '行政事业性收费') ? [['信息内容', header.split('|')], row] : [row]))
    : table2;
  return { ...data, table2: headed };
}

async function amountOf(template: '2019' | '2021', amount: string, header?: string, layout: TextLayout = 'pipe') {
  const report = await readText(renderReport(withAmounts(template, amount, header), layout));
  const value = template === '2019' ? report.table2?.rows.procurement?.purchaseAmount : report.table2?.rows.fees?.feeAmount;
  return { value, findings: brief(report.findings) };
}

describe('Table 二 amounts as real reports print them', () => {
  it.each([
    ['572.6113', 572.6113],
    ['1,234.5678', 1234.5678],
    ['1234.56万元', 1234.56],
    ['1234.56 万元', 1234.56],
    ['12.5万', 12.5],
    ['￥12.00', 12],
    ['¥12.00万元', 12],
    ['１２３．４５', 123.45],
    ['１，２３４．５万元', 1234.5],
    ['0', 0],
  ])('reads the 2019 采购总金额 cell %s as %s 万元, without a finding', async (cell, expected) => {
    expect(await amountOf('2019', cell)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['0.5', 0.5],
    ['3.2万元', 3.2],
    ['1,000.0000', 1000],
  ])('reads the 2021 本年收费金额 cell %s as %s 万元, without a finding', async (cell, expected) => {
    expect(await amountOf('2021', cell)).toEqual({ value: expected, findings: [] });
  });

  it.each(['cell-per-line', 'tab', 'markdown', 'spaces'] as const)('reads 1234.56万元 in the %s layout', async (layout) => {
    expect(await amountOf('2019', '1234.56万元', undefined, layout)).toEqual({ value: 1234.56, findings: [] });
  });

  it('reads the amount when the unit is only in the header 采购总金额（万元）', async () => {
    expect(await amountOf('2019', '86.0300', '采购项目数量|采购总金额（万元）')).toEqual({ value: 86.03, findings: [] });
  });

  it('reads the amount when the header says （单位：万元） and the cell repeats 万元', async () => {
    expect(await amountOf('2021', '3.5万元', '本年收费金额（单位：万元）')).toEqual({ value: 3.5, findings: [] });
  });

  it('stores nothing for an amount printed in 元 (cell), and says the template asks for 万元', async () => {
    const { value, findings } = await amountOf('2019', '3,000元');
    expect(value).toBeNull();
    expect(findings).toEqual([{ rule: 'S-VALUE', table: '二', row: 'procurement', column: 'purchaseAmount' }]);
  });

  it('stores nothing for amounts under a header in 元, and names the unit in the message', async () => {
    const report = await readText(renderReport(withAmounts('2019', '3000.00', '采购项目数量|采购总金额（元）'), 'pipe'));
    expect(report.table2?.rows.procurement).toEqual({ purchaseCount: 18, purchaseAmount: null });
    expect(brief(report.findings)).toEqual([{ rule: 'S-VALUE', table: '二', row: 'procurement', column: 'purchaseAmount' }]);
    expect(report.findings[0]?.message).toMatch(/元.*万元/);
  });

  it('gives S-VALUE for a negative amount and for words', async () => {
    expect((await amountOf('2019', '-5.2')).findings).toEqual([{ rule: 'S-VALUE', table: '二', row: 'procurement', column: 'purchaseAmount' }]);
    expect((await amountOf('2019', '约5万元')).findings).toEqual([{ rule: 'S-VALUE', table: '二', row: 'procurement', column: 'purchaseAmount' }]);
  });

  it('keeps refusing a unit in a count column: 5件 and 5万元 are S-VALUE, the amount beside them is read', async () => {
    const data = withAmounts('2019', '12.5万元');
    const table2 = data.table2.map(([label, cells]): readonly [string, readonly string[]] =>
      label === '政府集中采购' ? [label, ['5万元', cells[1] ?? '']] : label === '规章' ? [label, ['5件', '2', '3']] : [label, cells],
    );
    const report = await readText(renderReport({ ...data, table2 }, 'pipe'));
    expect(report.table2?.rows.procurement).toEqual({ purchaseCount: null, purchaseAmount: 12.5 });
    expect(report.table2?.rows.regulations).toEqual({ newlyMade: null, newlyPublished: 2, totalPublished: 3 });
    expect(brief(report.findings)).toEqual([
      { rule: 'S-VALUE', table: '二', row: 'regulations', column: 'newlyMade' },
      { rule: 'S-VALUE', table: '二', row: 'procurement', column: 'purchaseCount' },
    ]);
  });

  it.each([
    ['<td>采购总金额（万元）</td>', '<td>1,234.5678万元</td>', 1234.5678],
    ['<td>采购总金额<br>（万元，保留四位小数）</td>', '<td><span>１２．５０</span></td>', 12.5],
  ])('reads the amount of a web page (header %s, cell %s)', async (header, cell, expected) => {
    const page = readFileSync(new URL('../../examples/wangchenglu/2020-年报.html', import.meta.url), 'utf8')
      .replace('<td>采购总金额</td>', header)
      .replace('<td>政府集中采购</td><td>3</td><td>12.5</td>', `<td>政府集中采购</td><td>3</td>${cell}`);
    const result = await readReport({ name: 'report.html', bytes: new TextEncoder().encode(page) });
    if (result.status !== 'parsed') throw new Error('rejected');
    expect(result.report.table2?.rows.procurement).toEqual({ purchaseCount: 3, purchaseAmount: expected });
    expect(result.report.findings.filter((finding) => finding.table === '二')).toEqual([]);
  });
});
