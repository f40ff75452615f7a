import { isUnreadable, type ReportStatus, type StoredReport } from './stored-report.js';

/** Each status in the office's words: the dashboard and the admin digest name a report's state alike. */
export const REPORT_STATUS_TEXT: Record<ReportStatus, string> = {
  PARSED: '待核查',
  VALIDATED: '已核查',
  REJECTED: '无法读取',
  NOTIFIED: '已通知',
};

/**
 * The status the office is shown: a file that could not be read stays 无法读取 once its agency is mailed, and a
 * report handled without an email is 已核查, so 已通知 always means somebody was mailed.
 */
export function shownStatus(report: StoredReport): ReportStatus {
  if (isUnreadable(report)) return 'REJECTED';
  return report.status === 'NOTIFIED' && !report.notifiedTo?.length ? 'VALIDATED' : report.status;
}
