import { describe, expect, it } from 'vitest';
import { t3Balance, t3HandledSum, t3RowTotal } from '../../../functions/validate/rules/table3.js';
import { reportFactory } from '../../support/report-factory.js';

const where = (report: ReturnType<typeof reportFactory>, rule: typeof t3RowTotal) =>
  rule.check({ report }).findings.map(({ row, column, expected, actual }) => ({ row, column, expected, actual }));

describe('t3RowTotal', () => {
  it.each([
    { name: 'passes when the six columns add up', cells: { natural: 1, legal: 2, total: 3 }, found: [] },
    {
      name: 'flags the row when they do not',
      cells: { natural: 1, total: 0 },
      found: [{ row: 'handledTotal', column: 'total', expected: 1, actual: 0 }],
    },
    { name: 'skips the row when a cell is blank', cells: { natural: null, total: 0 }, found: [] },
  ])('$name', ({ cells, found }) => {
    expect(where(reportFactory({ table3: { handledTotal: cells } }), t3RowTotal)).toEqual(found);
  });

  it('lists a row with a blank cell as skipped, never as 0', () => {
    const report = reportFactory({ table3: { carriedOut: { total: null } } });
    expect(t3RowTotal.check({ report }).skipped).toEqual([
      { rule: 'T3-ROW-TOTAL', reason: 'row carriedOut: a cell is blank' },
    ]);
  });

  it('writes the clerk a message naming the row and both numbers', () => {
    const report = reportFactory({ table3: { handledTotal: { natural: 1 } } });
    const [finding] = t3RowTotal.check({ report }).findings;
    expect(finding).toMatchObject({ rule: 'T3-ROW-TOTAL', severity: 'error', table: '三', rowLabel: '（七）总计' });
    expect(finding?.message).toBe('（七）总计 行：六类申请人合计 1，总计列填 0，请核对后更正。');
  });
});

describe('t3HandledSum', () => {
  it.each([
    { name: 'passes when the result rows add up', table3: { granted: { natural: 2 }, handledTotal: { natural: 2 } } },
    { name: 'passes on an all-zero table', table3: {} },
  ])('$name', ({ table3 }) => {
    expect(where(reportFactory({ table3 }), t3HandledSum)).toEqual([]);
  });

  it('flags a column whose result rows do not add up to （七）总计', () => {
    const report = reportFactory({ table3: { handledTotal: { natural: 1 } } });
    expect(where(report, t3HandledSum)).toEqual([{ row: 'handledTotal', column: 'natural', expected: 0, actual: 1 }]);
  });

  it.each([
    { otherHandling: 'single', template: '2019' },
    { otherHandling: 'split', template: '2019' },
    { otherHandling: 'single', template: '2021' },
    { otherHandling: 'split', template: '2021' },
  ] as const)('counts （六） in its $otherHandling shape on the $template template', ({ otherHandling, template }) => {
    const row = otherHandling === 'single' ? 'otherHandling' : 'otherHandling.3';
    const year = template === '2021' ? 2022 : 2020;
    const table3 = { [row]: { total: 1 }, handledTotal: { total: 2 } };
    const report = reportFactory({ year, template, otherHandling, table3 });
    expect(where(report, t3HandledSum)).toEqual([{ row: 'handledTotal', column: 'total', expected: 1, actual: 2 }]);
  });

  it('skips a column with a blank result cell or an absent result row', () => {
    const report = reportFactory({ table3: { 'denied.3': { legal: null }, 'unable.2': 'absent' } });
    const outcome = t3HandledSum.check({ report });
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped.map((s) => s.reason)).toHaveLength(7);
  });
});

describe('t3Balance', () => {
  it('passes when new plus carried-in equals handled plus carried-out', () => {
    const table3 = {
      received: { total: 3 },
      carriedIn: { total: 1 },
      handledTotal: { total: 2 },
      carriedOut: { total: 2 },
    };
    expect(where(reportFactory({ table3 }), t3Balance)).toEqual([]);
  });

  it('flags a column where the 勾稽关系 fails', () => {
    const report = reportFactory({ table3: { received: { total: 1 } } });
    const [finding] = t3Balance.check({ report }).findings;
    expect(finding).toMatchObject({ rule: 'T3-BALANCE', table: '三', column: 'total', expected: 1, actual: 0 });
    expect(finding?.row).toBeUndefined();
  });

  it('writes every number of both sides into the message', () => {
    const table3 = {
      received: { total: 3 },
      carriedIn: { total: 1 },
      handledTotal: { total: 2 },
      carriedOut: { total: 1 },
    };
    const [finding] = t3Balance.check({ report: reportFactory({ table3 }) }).findings;
    expect(finding?.message).toBe(
      '总计 列：一、本年新收 3 加 二、上年结转 1 共 4，而（七）总计 2 加 四、结转下年度 1 共 3，两者应相等，请核对后更正。',
    );
  });

  it('skips a column with a blank cell', () => {
    const report = reportFactory({ table3: { received: { total: null } } });
    expect(t3Balance.check({ report })).toEqual({
      findings: [],
      skipped: [{ rule: 'T3-BALANCE', reason: 'column total: a cell is blank or its row absent' }],
    });
  });
});
