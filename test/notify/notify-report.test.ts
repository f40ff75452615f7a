import { describe, expect, it } from 'vitest';
import { notifyFollowUp, notifyReport } from '../../functions/notify/notify-report.js';
import { finding } from '../../functions/shared/model/finding.js';
import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import { districtFactory, SEED_000_FINDINGS, storedReportFactory } from './fixtures.js';
import { failingNext, notifyTestDeps } from './fakes.js';
import { withReportBodies } from '../../functions/shared/store/report-bodies-store.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { memoryReportBodies } from '../shared/memory-report-bodies.js';

const WARNINGS_ONLY = SEED_000_FINDINGS.filter((item) => item.severity === 'warning');

describe('notifyReport', () => {
  it('mails the agency once and marks the report NOTIFIED with the recipients', async () => {
    // Prepare
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory());
    // Act
    const outcome = await notifyReport(deps, 'r000');
    // Assess
    expect(outcome).toEqual({ outcome: 'sent', to: ['tianqiao@example.gov.cn'], messageId: 'message-1' });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ from: 'nianbao@example.gov.cn', to: ['tianqiao@example.gov.cn'] });
    expect(mailer.sent[0]?.subject).toContain('3 处错误，2 处提示');
    expect(await store.getReport('r000')).toMatchObject({
      status: 'NOTIFIED',
      notifiedTo: ['tianqiao@example.gov.cn'],
      notifiedAt: '2021-01-15T03:00:00.000Z',
    });
  });

  it('sends one email for a duplicated stream record', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory());
    const outcomes = [await notifyReport(deps, 'r000'), await notifyReport(deps, 'r000')];
    expect(outcomes.map((result) => result.outcome)).toEqual(['sent', 'already-notified']);
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends one email for two concurrent deliveries of the same record', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory());
    const results = await Promise.allSettled([notifyReport(deps, 'r000'), notifyReport(deps, 'r000')]);
    expect(mailer.sent).toHaveLength(1);
    // The loser either saw the mark or found the send in progress and failed, to be retried.
    expect(results.filter((result) => result.status === 'fulfilled' && result.value.outcome === 'sent')).toHaveLength(1);
  });

  it('does not resend when the send succeeded but marking failed, and marks on the retry', async () => {
    // Prepare: SES accepts, then the conditional write is throttled
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory());
    deps.store = failingNext(store, 'markNotified');
    // Act
    await expect(notifyReport(deps, 'r000')).rejects.toThrow(/ProvisionedThroughputExceeded/);
    const retry = await notifyReport(deps, 'r000');
    // Assess
    expect(mailer.sent).toHaveLength(1);
    expect(retry).toEqual({ outcome: 'sent', to: ['tianqiao@example.gov.cn'], messageId: 'message-1' });
    expect((await store.getReport('r000'))?.status).toBe('NOTIFIED');
  });

  it('leaves the report unmarked when SES fails, so the retry sends it', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory());
    mailer.failures = 1;
    await expect(notifyReport(deps, 'r000')).rejects.toThrow(/SES: Throttling/);
    expect((await store.getReport('r000'))?.status).toBe('VALIDATED');
    expect(await notifyReport(deps, 'r000')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent).toHaveLength(1);
  });

  it('mails a report too large for its item from the item alone: its body is not read', async () => {
    const bodies = memoryReportBodies();
    const { deps, mailer, store } = notifyTestDeps({ store: withReportBodies(createMemoryReportStore(), bodies) });
    const long = storedReportFactory();
    const paragraphs = Array.from({ length: 5_000 }, (_, i) => ({ text: `第${i}段。`.repeat(20), at: { line: i + 1 } }));
    await store.putReportOnce({ ...long, report: { ...long.report!, paragraphs } });
    expect(bodies.objects.size).toBe(1);
    bodies.objects.clear(); // a read of the body would now throw
    expect(await notifyReport(deps, 'r000')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent[0]?.subject).toContain('3 处错误，2 处提示');
  });

  it('mails a rejected file with the rejection email', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    const message = '文件为空，无法读取。';
    await store.putReportOnce(
      storedReportFactory({ status: 'REJECTED', report: undefined, findings: [finding('S-FORMAT', { message })] }),
    );
    expect(await notifyReport(deps, 'r000')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent[0]?.subject).toContain('文件无法读取');
    expect(mailer.sent[0]?.text).toContain(message);
  });

  it.each([
    { name: 'a clean report', notifyOn: 'findings', findings: [], status: 'VALIDATED', reason: 'clean' },
    {
      name: 'warnings when notifyOn is errors',
      notifyOn: 'errors',
      findings: WARNINGS_ONLY,
      status: 'NOTIFIED',
      reason: 'below-notify-threshold',
    },
  ] as const)('sends no email for $name', async ({ notifyOn, findings, status, reason }) => {
    const { deps, mailer, store } = notifyTestDeps({ district: districtFactory({ notifyOn }) });
    await store.putReportOnce(storedReportFactory({ findings: [...findings] }));
    expect(await notifyReport(deps, 'r000')).toEqual({ outcome: 'not-mailed', reason });
    expect(mailer.sent).toHaveLength(0);
    expect(await store.getReport('r000')).toMatchObject({ status });
  });

  it.each([
    { name: 'errors when notifyOn is errors', notifyOn: 'errors', findings: SEED_000_FINDINGS },
    { name: 'warnings only when notifyOn is findings', notifyOn: 'findings', findings: WARNINGS_ONLY },
  ] as const)('mails $name', async ({ notifyOn, findings }) => {
    const { deps, mailer, store } = notifyTestDeps({ district: districtFactory({ notifyOn }) });
    await store.putReportOnce(storedReportFactory({ findings }));
    expect(await notifyReport(deps, 'r000')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing for an unknown agency and records that nobody was mailed', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory({ agencyId: 'shichahai', knownAgency: false }));
    expect(await notifyReport(deps, 'r000')).toEqual({ outcome: 'not-mailed', reason: 'unknown-agency' });
    expect(mailer.sent).toHaveLength(0);
    expect(await store.getReport('r000')).toMatchObject({ status: 'NOTIFIED', notifiedTo: [] });
  });

  it('waits for validation and fails loudly for a report that is not stored', async () => {
    const { deps, mailer, store } = notifyTestDeps();
    await store.putReportOnce(storedReportFactory({ status: 'PARSED', findings: [] }));
    expect(await notifyReport(deps, 'r000')).toEqual({ outcome: 'not-validated' });
    await expect(notifyReport(deps, 'missing')).rejects.toThrow(ReportNotFoundError);
    expect(mailer.sent).toHaveLength(0);
  });
});

describe('notifyFollowUp', () => {
  const xCarry = finding('X-CARRY', {
    table: '三',
    row: 'carriedIn',
    column: 'total',
    expected: 3,
    actual: 0,
    message: '上年结转与上年报告不符。',
  });
  const followUp = { reportId: 'r000', id: 'f1', findings: [xCarry], createdAt: '2021-02-01T00:00:00.000Z', causedBy: 'r19' };

  async function prepared() {
    const context = notifyTestDeps();
    await context.store.putReportOnce(storedReportFactory({ status: 'NOTIFIED' }));
    await context.store.putReportOnce(storedReportFactory({ id: 'r19', fileName: '2019年报.txt' }));
    await context.store.putFollowUpOnce(followUp);
    return context;
  }

  it('mails only the new findings, once, and marks the follow-up', async () => {
    const { deps, mailer, store } = await prepared();
    const outcomes = [await notifyFollowUp(deps, 'r000', 'f1'), await notifyFollowUp(deps, 'r000', 'f1')];
    expect(outcomes.map((result) => result.outcome)).toEqual(['sent', 'already-notified']);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toContain('跨年度核对发现 1 处新问题');
    expect(mailer.sent[0]?.text).toContain('2019年报.txt');
    expect(mailer.sent[0]?.text).not.toContain('T3-ROW-TOTAL');
    expect((await store.followUpsOf('r000'))[0]?.notifiedAt).toBe('2021-01-15T03:00:00.000Z');
  });

  it('does not resend when marking the follow-up failed after the send', async () => {
    const { deps, mailer, store } = await prepared();
    deps.store = failingNext(store, 'markFollowUpNotified');
    await expect(notifyFollowUp(deps, 'r000', 'f1')).rejects.toThrow(/ProvisionedThroughputExceeded/);
    expect(await notifyFollowUp(deps, 'r000', 'f1')).toMatchObject({ outcome: 'sent' });
    expect(mailer.sent).toHaveLength(1);
  });

  it('fails loudly for a follow-up that is not stored', async () => {
    const { deps } = await prepared();
    await expect(notifyFollowUp(deps, 'r000', 'nope')).rejects.toThrow(ReportNotFoundError);
  });
});
