import { describe, expect, it } from 'vitest';
import { notifyFollowUp, notifyReport } from '../../functions/notify/notify-report.js';
import { renderDigest } from '../../functions/notify/render/digest.js';
import { sendDigest } from '../../functions/notify/send-digest.js';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import type { ReviewMark } from '../../functions/shared/model/review-mark.js';
import { notifyTestDeps } from './fakes.js';
import { districtFactory, SEED_000_FINDINGS, storedReportFactory } from './fixtures.js';
import { textRows } from './html-rows.js';

const [ROW_TOTAL, HANDLED_SUM, BALANCE] = SEED_000_FINDINGS as [Finding, Finding, Finding];

/** The office's mark of a finding of tianqiao's 2020 report, made on version r000. */
function mark(f = ROW_TOTAL, at = '2021-01-16T01:00:00.000Z'): ReviewMark {
  return { agencyId: 'tianqiao', year: 2020, finding: f, reportId: 'r000', by: '张三', reason: '已电话核实', at };
}

/** A later version of the same report (another object version), with these findings. */
const version2 = (findings = SEED_000_FINDINGS) =>
  storedReportFactory({ id: 'r001', source: { bucket: 'uploads', key: 'incoming/tianqiao/2020年报.txt', version: 'v2' }, findings });

describe('notify and the office review marks', () => {
  it('leaves out of a later version the finding marked with the same value, and says nothing about it', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReviewMarkOnce(mark());
    await store.putReportOnce(version2());
    expect(await notifyReport(deps, 'r001')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent[0]?.subject).toContain('2 处错误，2 处提示');
    expect(mailer.sent[0]?.text).not.toContain(ROW_TOTAL.message);
    expect(mailer.sent[0]?.text).not.toContain('核实无误');
    expect(mailer.sent[0]?.text).toContain(HANDLED_SUM.message);
  });

  it('mails the marked finding again when the later version holds another value in the same cell', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReviewMarkOnce(mark());
    const changed = { ...ROW_TOTAL, actual: 2, message: '（七）总计 行：六类申请人合计 1，总计列填 2，请核对后更正。' };
    await store.putReportOnce(version2([changed, ...SEED_000_FINDINGS.slice(1)]));
    await notifyReport(deps, 'r001');
    expect(mailer.sent[0]?.subject).toContain('3 处错误，2 处提示');
    expect(mailer.sent[0]?.text).toContain(changed.message);
  });

  it("mails nothing when the office marked every finding, records it once, and the digest says why", async () => {
    const { deps, mailer, store } = notifyTestDeps();
    for (const f of SEED_000_FINDINGS) await store.putReviewMarkOnce(mark(f));
    await store.putReportOnce(version2());
    expect(await notifyReport(deps, 'r001')).toEqual({ outcome: 'not-mailed', reason: 'reviewed' });
    expect(await notifyReport(deps, 'r001')).toEqual({ outcome: 'already-notified' });
    expect(mailer.sent).toEqual([]);
    expect(await store.getReport('r001')).toMatchObject({ status: 'NOTIFIED', notifiedTo: [] });

    const digest = await sendDigest(deps, { since: '2021-01-14T16:00:00.000Z', until: '2021-01-16T00:00:00.000Z' });
    expect(digest.reports).toBe(1);
    const row = textRows(mailer.sent[0]?.text ?? '')[1];
    expect(row?.slice(4)).toEqual(['已核查（5 处已核实无误）', '0', '0', '无需发送：问题均已由本办核实无误']);
  });

  it('still mails a report whose marks belong to another year or agency', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReviewMarkOnce({ ...mark(), year: 2019 });
    await store.putReviewMarkOnce({ ...mark(), agencyId: 'shichahai' });
    await store.putReportOnce(version2());
    await notifyReport(deps, 'r001');
    expect(mailer.sent[0]?.subject).toContain('3 处错误，2 处提示');
  });

  it('leaves marked findings out of a follow-up too', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    const carry = finding('X-CARRY', { table: '三', row: 'carriedIn', column: 'total', expected: 3, actual: 2, message: '上年结转与上年报告不一致。' });
    const stock = finding('X-STOCK', { table: '三', row: 'carriedIn', column: 'natural', expected: 1, actual: 0, message: '结转数量与上年不符。' });
    await store.putReportOnce(storedReportFactory({ status: 'NOTIFIED', notifiedTo: ['tianqiao@example.gov.cn'] }));
    await store.putFollowUpOnce({ reportId: 'r000', id: 'f1', findings: [carry, stock], createdAt: '2021-02-01T00:00:00.000Z', causedBy: 'r19' });
    await store.putReviewMarkOnce(mark(carry));
    await notifyFollowUp(deps, 'r000', 'f1');
    expect(mailer.sent[0]?.text).toContain(stock.message);
    expect(mailer.sent[0]?.text).not.toContain(carry.message);
  });

  it('counts nothing apart in the digest when there is no mark', () => {
    const report = storedReportFactory({ status: 'NOTIFIED', notifiedTo: ['tianqiao@example.gov.cn'] });
    const email = renderDigest([report], '2021-01-14T16:00:00.000Z', districtFactory(), [{ ...mark(BALANCE), year: 2019 }]);
    expect(textRows(email.text)[1]?.slice(4, 7)).toEqual(['已通知', '3', '2']);
  });
});
