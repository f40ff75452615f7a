import type { DistrictConfig } from '../shared/model/district.js';
import type { Finding } from '../shared/model/finding.js';
import { openFindings } from '../shared/model/review-mark.js';
import type { StoredReport } from '../shared/model/stored-report.js';
import { ReportNotFoundError } from '../shared/store/report-not-found.js';
import type { ReportStore } from '../shared/store/store.js';
import { type Mailer, noticeKey } from './mailer.js';
import { type NoMailReason, recipientsFor } from './recipients.js';
import { renderAgencyEmail } from './render/agency-email.js';
import type { RenderedEmail } from './render/email.js';
import { renderFollowUpEmail } from './render/follow-up-email.js';

export interface NotifyDeps {
  store: ReportStore;
  district: DistrictConfig;
  /** Must be idempotent per OutgoingEmail.key (sendOnce): the retry after a failed mark relies on it. */
  mailer: Mailer;
  now: () => Date;
}

export type NotifyOutcome =
  | { outcome: 'sent'; to: string[]; messageId: string }
  | { outcome: 'not-mailed'; reason: NoMailReason }
  | { outcome: 'already-notified' }
  | { outcome: 'not-validated' };

/**
 * Mails the agency about one stored report, at most once, then marks it NOTIFIED. Send first, mark second:
 * marking first would lose the email for good if the send then failed. If the send succeeds and the mark fails,
 * the record is retried and the idempotent mailer answers with the first message id instead of sending again.
 */
export async function notifyReport(deps: NotifyDeps, id: string): Promise<NotifyOutcome> {
  const report = await deps.store.getReport(id, 'item'); // an email quotes findings and tables, never the prose
  if (!report) throw new ReportNotFoundError(`report ${id}`);
  if (report.status === 'NOTIFIED') return { outcome: 'already-notified' };
  if (report.status === 'PARSED') return { outcome: 'not-validated' };
  const open = await unmarked(deps.store, report, report.findings);
  const recipients = recipientsFor(report.agencyId, open, deps.district, report.findings.length - open.length);
  // A clean report needs no email and stays VALIDATED (stored-report.ts); the rest record who was mailed. One whose
  // every finding the office marked 已核实无误 is recorded as mailed to nobody: the digest says why.
  if ('reason' in recipients && recipients.reason === 'clean') return { outcome: 'not-mailed', reason: 'clean' };
  const render = () => renderAgencyEmail({ ...report, findings: open }, deps.district);
  return deliver(deps, noticeKey.report(id), recipients, render, (at) => deps.store.markNotified(id, recipients.to, at));
}

/** Mails the new cross-year findings of one follow-up, at most once, then marks the follow-up notified. */
export async function notifyFollowUp(deps: NotifyDeps, reportId: string, followUpId: string): Promise<NotifyOutcome> {
  const followUp = (await deps.store.followUpsOf(reportId)).find((candidate) => candidate.id === followUpId);
  if (!followUp) throw new ReportNotFoundError(`follow-up ${reportId}/${followUpId}`);
  if (followUp.notifiedAt) return { outcome: 'already-notified' };
  const report = await deps.store.getReport(reportId, 'item');
  if (!report) throw new ReportNotFoundError(`report ${reportId}`);
  const open = await unmarked(deps.store, report, followUp.findings);
  const recipients = recipientsFor(report.agencyId, open, deps.district, followUp.findings.length - open.length);
  const render = async () =>
    renderFollowUpEmail(report, { ...followUp, findings: open }, await deps.store.getReport(followUp.causedBy, 'item'), deps.district);
  const mark = (at: string) => deps.store.markFollowUpNotified(reportId, followUpId, at);
  return deliver(deps, noticeKey.followUp(reportId, followUpId), recipients, render, mark);
}

/** The findings still to tell the agency: the office's marks of its year (any version) leave out what they name. */
async function unmarked(store: ReportStore, report: StoredReport, findings: Finding[]): Promise<Finding[]> {
  const year = report.report?.year;
  if (!year) return findings; // an unreadable file: nothing to mark
  return openFindings(report, findings, await store.reviewMarksFor(report.agencyId, year));
}

async function deliver(
  deps: NotifyDeps,
  key: string,
  recipients: ReturnType<typeof recipientsFor>,
  render: () => RenderedEmail | Promise<RenderedEmail>,
  mark: (at: string) => Promise<boolean>,
): Promise<NotifyOutcome> {
  if ('reason' in recipients) {
    // Nobody to mail: still mark, so the digest shows the decision and a redelivery stops here.
    await mark(deps.now().toISOString());
    return { outcome: 'not-mailed', reason: recipients.reason };
  }
  const email = await render();
  const messageId = await deps.mailer.send({ key, from: deps.district.sender, to: recipients.to, ...email });
  const marked = await mark(deps.now().toISOString());
  return marked ? { outcome: 'sent', to: recipients.to, messageId } : { outcome: 'already-notified' };
}
