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

  it('lists an absent group as skipped', () => {
    const report = reportFactory({ table4: { suitDirect: 'absent' } });
    expect(t4GroupTotal.check({ report }).skipped).toEqual([
      { rule: 'T4-GROUP-TOTAL', reason: 'group suitDirect: absent' },
    ]);
  });
});
