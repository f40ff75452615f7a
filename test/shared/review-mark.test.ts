import { describe, expect, it } from 'vitest';
import { finding } from '../../functions/shared/model/finding.js';
import { asMailed, openFindings, reviewMarkId } from '../../functions/shared/model/review-mark.js';
import { storedReportFactory } from './factories.js';
import { markFactory } from './review-mark-contract.js';

const cell = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 7, actual: 6, message: '合计 7，填 6' });
const prose = (excerpt: string) => finding('N-PERCENT', { message: '百分比之和不为 100%', excerpt });

describe('a review mark names a finding across versions', () => {
  it('is the same for the same cell and value whatever the wording, another for another value, cell or rule', () => {
    expect(reviewMarkId({ ...cell, message: '另一种说法', expected: 8 })).toBe(reviewMarkId(cell));
    expect(reviewMarkId({ ...cell, actual: 5 })).not.toBe(reviewMarkId(cell));
    expect(reviewMarkId({ ...cell, actual: null })).not.toBe(reviewMarkId({ ...cell, actual: undefined }));
    expect(reviewMarkId({ ...cell, column: 'natural' })).not.toBe(reviewMarkId(cell));
    expect(reviewMarkId({ ...cell, rule: 'T3-HANDLED-SUM' })).not.toBe(reviewMarkId(cell));
  });

  it('tells findings about the prose apart by the sentence they quote', () => {
    expect(reviewMarkId(prose('占比 60%'))).toBe(reviewMarkId(prose('占比 60%')));
    expect(reviewMarkId(prose('占比 60%'))).not.toBe(reviewMarkId(prose('占比 70%')));
  });

  it("leaves open what is not marked for this agency's year, and the email as sent keeps what was marked after it", () => {
    const report = storedReportFactory({ findings: [cell, prose('占比 60%')], notifiedAt: '2025-02-02T08:00:00.000Z' });
    const mark = markFactory({ finding: cell, at: '2025-02-02T09:00:00.000Z' });
    expect(openFindings(report, report.findings, [mark])).toEqual([prose('占比 60%')]);
    expect(openFindings(report, report.findings, [{ ...mark, agencyId: 'other' }])).toEqual(report.findings);
    expect(openFindings(report, report.findings, [{ ...mark, year: 2023 }])).toEqual(report.findings);
    expect(asMailed(report, [mark]).findings).toEqual(report.findings);
    expect(asMailed(report, [{ ...mark, at: '2025-02-01T00:00:00.000Z' }]).findings).toEqual([prose('占比 60%')]);
  });
});
