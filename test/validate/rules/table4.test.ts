import { describe, expect, it } from 'vitest';
import { t4GroupTotal } from '../../../functions/validate/rules/table4.js';
import { reportFactory } from '../../support/report-factory.js';

describe('t4GroupTotal', () => {
  it.each([
    { name: 'passes when the four results add up', review: { pending: 1, total: 1 }, rows: [] },
    { name: 'flags the group when they do not', review: { upheld: 2, total: 1 }, rows: ['review'] },
    { name: 'skips the group when a cell is blank', review: { upheld: null, total: 1 }, rows: [] },
  ])('$name', ({ review, rows }) => {
    const findings = t4GroupTotal.check({ report: reportFactory({ table4: { review } }) }).findings;
    expect(findings.map((f) => f.row)).toEqual(rows);
  });

  it('gives the group, the total column and both numbers', () => {
    const report = reportFactory({ table4: { suitAfterReview: { corrected: 1, other: 1, total: 1 } } });
    expect(t4GroupTotal.check({ report }).findings[0]).toMatchObject({
      rule: 'T4-GROUP-TOTAL',
      severity: 'error',
      table: '四',
      row: 'suitAfterReview',
      column: 'total',
      expected: 2,
      actual: 1,
    });
  });

  it('skips only the group with a blank cell, never reading it as 0', () => {
    const table4 = { review: { pending: null, upheld: 1, total: 1 }, suitDirect: { total: 1 } };
    const report = reportFactory({ table4 });
    const outcome = t4GroupTotal.check({ report });
    expect(outcome.findings.map((f) => [f.row, f.expected, f.actual])).toEqual([['suitDirect', 0, 1]]);
    expect(outcome.skipped).toEqual([{ rule: 'T4-GROUP-TOTAL', reason: 'group review: a cell is blank' }]);
  });

  it('tells the agency which group to fix and with which numbers', () => {
    const report = reportFactory({ table4: { review: { upheld: 2, pending: 1, total: 2 } } });
    expect(t4GroupTotal.check({ report }).findings[0]?.message).toBe(
      '行政复议：结果维持、结果纠正、其他结果、尚未审结合计 3，总计填 2，请核对后更正。',
    );
  });

  it('lists an absent group as skipped', () => {
    const report = reportFactory({ table4: { suitDirect: 'absent' } });
    expect(t4GroupTotal.check({ report }).skipped).toEqual([
      { rule: 'T4-GROUP-TOTAL', reason: 'group suitDirect: absent' },
    ]);
  });
});
