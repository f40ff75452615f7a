import { describe, expect, it } from 'vitest';
import { xCarry, xStock } from '../../../functions/validate/rules/cross-year.js';
import { type ReportOverrides, reportFactory } from '../../support/report-factory.js';

describe('xCarry', () => {
  it.each([
    { name: 'passes when carried-in equals last year’s carried-out', carriedIn: 2, carriedOut: 2, found: [] },
    { name: 'flags a column where they differ', carriedIn: 0, carriedOut: 1, found: [['natural', 1, 0]] },
    { name: 'skips a column with a blank cell', carriedIn: null, carriedOut: 1, found: [] },
  ])('$name', ({ carriedIn, carriedOut, found }) => {
    const report = reportFactory({ year: 2021, table3: { carriedIn: { natural: carriedIn } } });
    const previous = reportFactory({ year: 2020, table3: { carriedOut: { natural: carriedOut } } });
    const findings = xCarry.check({ report, previous }).findings;
    expect(findings.map((f) => [f.column, f.expected, f.actual])).toEqual(found);
  });

  it('compares a 2019-template year with the 2021-template year after it (Table 三 keeps its columns)', () => {
    const report = reportFactory({ year: 2021, template: '2021', table3: { carriedIn: { legal: 3 } } });
    const previous = reportFactory({ year: 2020, template: '2019', table3: { carriedOut: { legal: 2 } } });
    const [carry] = xCarry.check({ report, previous }).findings;
    expect(carry).toMatchObject({ table: '三', row: 'carriedIn', column: 'legal', expected: 2, actual: 3 });
    expect(carry?.message).toContain('上年报告“四、结转下年度继续办理”为 2');
    expect(carry?.message).toContain('本年“二、上年结转政府信息公开申请数量”填 3');
  });

  it('skips a column blank in last year’s report, whatever this year says', () => {
    const report = reportFactory({ year: 2021, table3: { carriedIn: { natural: 5 } } });
    const previous = reportFactory({ year: 2020, table3: { carriedOut: { natural: null } } });
    const outcome = xCarry.check({ report, previous });
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped).toEqual([
      { rule: 'X-CARRY', reason: 'column natural: a cell is blank or its row absent in one of the years' },
    ]);
  });

  it('lists a blank column as skipped, never as 0', () => {
    const report = reportFactory({ year: 2021, table3: { carriedIn: { total: null } } });
    const previous = reportFactory({ year: 2020 });
    expect(xCarry.check({ report, previous }).skipped).toEqual([
      { rule: 'X-CARRY', reason: 'column total: a cell is blank or its row absent in one of the years' },
    ]);
  });
});

describe('xStock', () => {
  const year = (y: number, rows: ReportOverrides['table2']) =>
    reportFactory({ year: y, template: '2021', table2: rows });

  it.each([
    { name: 'passes when in force = last year + issued − repealed', inForce: 6, found: [] },
    { name: 'flags a row where it does not', inForce: 7, found: [['regulations', 6, 7]] },
    { name: 'skips a row with a blank cell', inForce: null, found: [] },
  ])('$name', ({ inForce, found }) => {
    const previous = year(2021, { regulations: { inForce: 5 } });
    const report = year(2022, { regulations: { issued: 2, repealed: 1, inForce } });
    const findings = xStock.check({ report, previous }).findings;
    expect(findings.map((f) => [f.row, f.expected, f.actual])).toEqual(found);
  });

  it('skips a row whose last-year stock is blank, never reading it as 0', () => {
    const previous = year(2021, { normativeDocuments: { inForce: null } });
    const report = year(2022, { normativeDocuments: { issued: 1, inForce: 1 } });
    expect(xStock.check({ report, previous })).toEqual({
      findings: [],
      skipped: [
        { rule: 'X-STOCK', reason: 'row normativeDocuments: a cell is blank or its row absent in one of the years' },
      ],
    });
  });

  it('says what to fix, with every number', () => {
    const previous = year(2021, { regulations: { inForce: 5 } });
    const report = year(2022, { regulations: { issued: 2, repealed: 1, inForce: 7 } });
    expect(xStock.check({ report, previous }).findings[0]?.message).toBe(
      '规章：上年现行有效件数 5 加本年制发 2 减本年废止 1 应为 6，本年现行有效件数填 7，请核对后更正。',
    );
  });

  it('applies to 2021-template reports only', () => {
    expect(xStock.appliesTo?.(reportFactory({ template: '2019' }))).toBe(false);
    expect(xStock.appliesTo?.(reportFactory({ year: 2022, template: '2021' }))).toBe(true);
  });

  it('skips when last year’s report is on the 2019 template', () => {
    const report = year(2021, {});
    expect(xStock.check({ report, previous: reportFactory({ year: 2020 }) })).toEqual({
      findings: [],
      skipped: [{ rule: 'X-STOCK', reason: 'the previous report is not on the 2021 template' }],
    });
  });
});
