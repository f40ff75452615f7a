import { describe, expect, it } from 'vitest';
import { checkReport } from '../../functions/validate/check-report.js';
import { expectedTable3, makeReport } from './support/report-data.js';
import { renderReport } from './support/report-layouts.js';
import { brief, readText } from './template/read-text.js';

describe('Table 二 rows real reports leave out', () => {
  it('reads a 2019 report with no 政府集中采购 and no 行政事业性收费 row without a finding', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace(/\n政府集中采购.*/, '').replace(/\n行政事业性收费.*/, '');
    const report = await readText(text);
    expect(report.template).toBe('2019');
    expect(Object.keys(report.table2?.rows ?? {})).toEqual([
      'regulations',
      'normativeDocuments',
      'licensing',
      'otherServices',
      'punishment',
      'enforcement',
    ]);
    expect(report.findings).toEqual([]);
  });

  it('gives S-SHAPE naming a missing row X-STOCK reads, and still checks Tables 三 and 四', async () => {
    const data = makeReport('2021');
    const text = renderReport(data, 'pipe').replace(/\n行政规范性文件.*/, '');
    const report = await readText(text);
    expect(brief(report.findings)).toEqual([{ rule: 'S-SHAPE', table: '二', row: 'normativeDocuments', expected: 3, actual: 0 }]);
    expect(report.findings[0]?.message).toMatch(/缺少「行政规范性文件」行/);
    expect(report.table3).toEqual(expectedTable3(data));

    const { skipped } = checkReport(report);
    expect(skipped.map((s) => s.rule)).not.toContain('T3-BALANCE');
    expect(skipped.map((s) => s.rule)).not.toContain('T4-GROUP-TOTAL');
  });

  it('gives S-BLANK for each cell of a row printed with every cell empty, not S-SHAPE', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace('行政强制 | 14 | 0 | 15 |', '行政强制 |  |  |  |');
    const report = await readText(text);
    expect(report.table2?.rows.enforcement).toEqual({ previousCount: null, change: null, decisions: null });
    expect(brief(report.findings)).toEqual(
      ['previousCount', 'change', 'decisions'].map((column) => ({ rule: 'S-BLANK', table: '二', row: 'enforcement', column })),
    );
  });

  it('reads 本年增/减 signed or plain, and gives S-VALUE for words', async () => {
    const text = renderReport(makeReport('2019'), 'pipe')
      .replace('行政许可 | 7 | 8 | 9 |', '行政许可 | 7 | -3 | 9 |')
      .replace('行政强制 | 14 | 0 | 15 |', '行政强制 | 14 | 减少3 | 15 |');
    const report = await readText(text);
    expect(report.table2?.rows.licensing).toEqual({ previousCount: 7, change: -3, decisions: 9 });
    expect(report.table2?.rows.punishment?.change).toBe(3);
    expect(brief(report.findings)).toEqual([{ rule: 'S-VALUE', table: '二', row: 'enforcement', column: 'change' }]);
  });
});
