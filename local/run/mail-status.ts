import { recipientsFor } from '../../functions/notify/recipients.js';
import type { Tracked } from './progress.js';
import { UNASSIGNED } from './upload-plan.js';

/**
 * The status a local run shows: the stored one, except a report the notify stage decided to mail to nobody, which
 * is stored NOTIFIED (the decision is made) but shown NOT MAILED so the line never reads "notified … no email".
 */
export function shownStatus({ report, failedIn }: Tracked): string {
  if (failedIn) return `FAILED in ${failedIn}`;
  if (!report) return 'NOT STORED';
  return report.status === 'NOTIFIED' && !report.notifiedTo?.length ? 'NOT MAILED' : report.status;
}

/** Who was mailed, or why nobody was (the notify stage's own reasons); '' while that is not decided yet. */
export function mailText({ upload, report }: Tracked): string {
  if (report?.notifiedTo?.length) return report.notifiedTo.join(', ');
  if (!report || report.status === 'PARSED') return '';
  const recipients = recipientsFor(report.agencyId, report.findings, upload.district);
  if (!('reason' in recipients)) return '';
  if (recipients.reason === 'clean') return 'no email: no findings';
  if (recipients.reason === 'below-notify-threshold') return 'no email: warnings only and notifyOn is errors';
  if (upload.district === UNASSIGNED) return 'no email: the title names no district or agency of config/districts/';
  return `no email: no address configured for this agency in config/districts/${upload.district.id}.json`;
}
