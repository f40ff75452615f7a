import { expect, it } from 'vitest';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import type { ReviewMark } from '../../functions/shared/model/review-mark.js';
import type { ReportStore } from '../../functions/shared/store/store.js';

const rowTotal = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 7, actual: 6, message: '请更正' });
const balance = finding('T3-BALANCE', { table: '三', column: 'total', expected: 1, actual: 0, message: '请核对' });

export function markFactory(fields: Partial<ReviewMark> & { finding?: Finding } = {}): ReviewMark {
  return {
    agencyId: 'tianqiao',
    year: 2024,
    finding: rowTotal,
    reportId: 'r1',
    by: '张三',
    reason: '已电话核实：一人申请被计入两类',
    at: '2025-02-02T09:00:00.000Z',
    ...fields,
  };
}

/** The review-mark part of the ReportStore contract (report-store-contract.ts runs it for every adapter). */
export function reviewMarkContract(makeStore: () => ReportStore | Promise<ReportStore>) {
  it('keeps two marks of two findings made at once, each its own item', async () => {
    const store = await makeStore();
    const outcomes = await Promise.all([
      store.putReviewMarkOnce(markFactory()),
      store.putReviewMarkOnce(markFactory({ finding: balance, by: '李四' })),
    ]);
    expect(outcomes).toEqual(['created', 'created']);
    const marks = await store.reviewMarksFor('tianqiao', 2024);
    expect(marks.map((mark) => mark.by).sort()).toEqual(['张三', '李四']);
  });

  it('keeps the first mark of the same finding and value, and a new one for a changed value', async () => {
    const store = await makeStore();
    expect(await store.putReviewMarkOnce(markFactory())).toBe('created');
    // Marked again from a later version, same cell, same value: the same mark.
    expect(await store.putReviewMarkOnce(markFactory({ reportId: 'r2', by: '王五', reason: '再次核实' }))).toBe('duplicate');
    expect(await store.putReviewMarkOnce(markFactory({ finding: { ...rowTotal, actual: 8 } }))).toBe('created');
    const marks = await store.reviewMarksFor('tianqiao', 2024);
    expect(marks).toHaveLength(2);
    expect(marks.filter((mark) => mark.finding.actual === 6)).toEqual([markFactory()]);
  });

  it("lists an agency year's marks apart from other agencies and years, and every mark, never as a report", async () => {
    const store = await makeStore();
    const marks = [markFactory(), markFactory({ year: 2023 }), markFactory({ agencyId: 'tian' })];
    for (const mark of marks) await store.putReviewMarkOnce(mark);
    expect(await store.reviewMarksFor('tianqiao', 2024)).toEqual([markFactory()]);
    expect(await store.reviewMarksFor('tianqiao', 2022)).toEqual([]);
    expect(await store.allReviewMarks()).toHaveLength(3);
    expect(await store.allReports()).toEqual([]);
  });

  it('refuses a mark without who or why', async () => {
    const store = await makeStore();
    await expect(store.putReviewMarkOnce(markFactory({ by: '' }))).rejects.toThrow();
    await expect(store.putReviewMarkOnce(markFactory({ reason: '' }))).rejects.toThrow();
    expect(await store.allReviewMarks()).toEqual([]);
  });
}
