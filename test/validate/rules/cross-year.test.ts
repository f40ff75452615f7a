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
