import { describe, expect, it } from 'vitest';
import { suggestCorrections } from '../../../functions/validate/suggest/suggest.js';
import { reportFactory, type ReportOverrides } from '../../support/report-factory.js';

/**
 * A consistent Table 三 (2019 template): 12 received and 1 carried over; 7 granted, 2 partly, 3 not held; 12 handled,
 * 1 carried forward. Each case below changes the cells named and states by hand what a clerk would fix.
 */
const TABLE3 = {
  received: { natural: 10, commercial: 2, total: 12 },
  carriedIn: { natural: 1, total: 1 },
  granted: { natural: 6, commercial: 1, total: 7 },
  partial: { natural: 2, total: 2 },
  'unable.1': { natural: 2, commercial: 1, total: 3 },
  handledTotal: { natural: 10, commercial: 2, total: 12 },
  carriedOut: { natural: 1, total: 1 },
} as const;

const withTable3 = (changes: Record<string, Record<string, number>>, overrides: ReportOverrides = {}) => {
  const table3 = Object.fromEntries(
    Object.entries(TABLE3).map(([row, cells]) => [row, { ...cells, ...changes[row] }]),
  );
  return reportFactory({ ...overrides, table3: { ...table3, ...changes } });
};

describe('suggestCorrections', () => {
  it('suggests nothing for a table that adds up', () => {
    expect(suggestCorrections(withTable3({}))).toEqual([]);
  });

  it('names the one wrong total that fails three equations at once', () => {
    const report = withTable3({ handledTotal: { natural: 10, commercial: 2, total: 11 } });
    expect(suggestCorrections(report)).toEqual([
      {
        table: '三',
        changes: [{ row: 'handledTotal', column: 'total', actual: 11, proposed: 12 }],
        explains: ['T3-ROW-TOTAL', 'T3-HANDLED-SUM', 'T3-BALANCE'],
        unique: true,
      },
    ]);
  });

  it('names the one wrong part that fails its row and its column', () => {
    const report = withTable3({ granted: { natural: 5, commercial: 1, total: 7 } });
    expect(suggestCorrections(report)).toEqual([
      {
        table: '三',
        changes: [{ row: 'granted', column: 'natural', actual: 5, proposed: 6 }],
        explains: ['T3-ROW-TOTAL', 'T3-HANDLED-SUM'],
        unique: true,
      },
    ]);
  });

  it('prefers the total when a Table 四 group does not add up and nothing else tells', () => {
    const report = reportFactory({ table4: { review: { upheld: 1, corrected: 1, total: 3 } } });
    const [best, ...others] = suggestCorrections(report);
    expect(best).toEqual({
      table: '四',
      changes: [{ row: 'review', column: 'total', actual: 3, proposed: 2 }],
      explains: ['T4-GROUP-TOTAL'],
      unique: true,
    });
    expect(others.length).toBe(2);
    expect(others.every((suggestion) => !suggestion.unique)).toBe(true);
  });

  it('keeps the total the prose confirms, and says the parts cannot be told apart', () => {
    const report = reportFactory({
      paragraphs: ['本年度共发生政府信息公开行政复议3件。'],
      table4: { review: { upheld: 1, corrected: 1, total: 3 } },
    });
    const suggestions = suggestCorrections(report);
    expect(suggestions.length).toBe(3);
    expect(suggestions.every(({ unique, changes }) => !unique && changes[0]?.column !== 'total')).toBe(true);
  });

  it('follows last year: of two equal fixes, the one that matches the carried-over numbers', () => {
    const previous = withTable3({}, { year: 2019 });
    // 上年结转 should be 1 as last year carried forward 1; written 2, the balance fails in natural and total.
    const report = withTable3({ carriedIn: { natural: 2, total: 2 } }, { year: 2020 });
    const [best] = suggestCorrections(report, { previous });
    expect(best).toMatchObject({ table: '三', unique: true });
    expect(best?.changes).toEqual([
      { row: 'carriedIn', column: 'natural', actual: 2, proposed: 1 },
      { row: 'carriedIn', column: 'total', actual: 2, proposed: 1 },
    ]);
  });

  it('says no fix of one or two cells exists when errors are spread over the table', () => {
    const report = withTable3({
      granted: { natural: 5, commercial: 1, total: 7 },
      partial: { natural: 2, commercial: 1, total: 2 },
      carriedOut: { natural: 2, total: 1 },
    });
    expect(suggestCorrections(report)).toEqual([]);
  });

  it('suggests nothing for a table read with shape errors, and never changes the report', () => {
    const report = withTable3({ handledTotal: { natural: 10, commercial: 2, total: 11 } });
    const before = structuredClone(report);
    suggestCorrections(report);
    expect(report).toEqual(before);
    const shaped = { ...report, findings: [{ rule: 'S-SHAPE' as const, severity: 'error' as const, table: '三' as const, message: '…' }] };
    expect(suggestCorrections(shaped)).toEqual([]);
  });
});
