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

  it('keeps the sub-rows that replace 其他对外管理服务事项 (行政检查, 行政确认) as extra rows, without a finding', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace(
      '其他对外管理服务事项 | 10 | -1 | 11 |',
      '其他对外管理服务事项 |  |  |  |\n行政检查 | 3 | +400 | 5 |\n行政确认 | 1 | 0 | 2 |',
    );
    const report = await readText(text);
    expect(report.table2?.rows.otherServices).toBeUndefined();
    expect(report.table2?.extraRows).toEqual([
      { label: '行政检查', cells: [3, 400, 5] },
      { label: '行政确认', cells: [1, 0, 2] },
    ]);
    expect(report.findings).toEqual([]);
  });

  it('recognises the 2019 template under truncated column headers (本年新 | 本年新)', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace(
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '信息内容 | 本年新 | 本年新 | 对外公 |',
    );
    const report = await readText(text);
    expect(report.template).toBe('2019');
    expect(report.table2?.rows.regulations).toEqual({ newlyMade: 1, newlyPublished: 2, totalPublished: 3 });
  });

  it('gives S-BLANK for 无 in a Table 二 cell, never 0', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace('行政事业性收费 | 16 | 17 |', '行政事业性收费 | 无 | 无 |');
    const report = await readText(text);
    expect(report.table2?.rows.fees).toEqual({ previousCount: null, change: null });
    expect(brief(report.findings).map((f) => `${f.rule} ${f.row} ${f.column}`)).toEqual([
      'S-BLANK fees previousCount',
      'S-BLANK fees change',
    ]);
  });

  it('gives a label row of empty cells the numbers of the unlabelled row below it (markdown from PDF)', async () => {
    const data = makeReport('2021');
    const text = renderReport(data, 'markdown')
      .replace('| 规章 | 1 | 2 | 3 |', '| 规章 |  |  |  |\n|  | 1 | 2 | 3 |')
      .replace('| 行政许可 | 7 |', '| 行政许可 |  |  |  |\n|  | 7 |  |  |');
    const report = await readText(text, 'report.md');
    expect(report.table2?.rows.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect(report.table2?.rows.licensing).toEqual({ decisions: 7 });
    expect(report.findings).toEqual([]);
  });
});
