import { noticeKey } from './mailer.js';
import type { NotifyDeps } from './notify-report.js';
import { renderDigest } from './render/digest.js';

export interface DigestWindow {
  /** Exclusive: the end of the previous digest's window. */
  since: string;
  /** Inclusive. */
  until: string;
}

/**
 * Mails the district office one line per report uploaded in (since, until]. Nothing is sent for an empty window.
 * The window is the idempotency key, so a retried schedule event sends its digest once.
 */
export async function sendDigest(
  deps: Omit<NotifyDeps, 'now'>,
  { since, until }: DigestWindow,
): Promise<{ reports: number; messageId?: string }> {
  const [from, to] = [Date.parse(since), Date.parse(until)];
  const reports = (await deps.store.allReports('item')).filter((report) => {
    const uploaded = Date.parse(report.uploadedAt);
    return uploaded > from && uploaded <= to;
  });
  if (reports.length === 0) return { reports: 0 };
  const email = renderDigest(reports, since, deps.district, await deps.store.allReviewMarks());
  const messageId = await deps.mailer.send({
    key: noticeKey.digest(deps.district.id, since, until),
    from: deps.district.sender,
    to: [...deps.district.adminEmails],
    ...email,
  });
  return { reports: reports.length, messageId };
}
