import { beijingTime } from '../functions/notify/render/common.js';
import { REPORT_STATUS_TEXT, shownStatus } from '../functions/shared/model/report-status-text.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';
import { type Html, html } from './html.js';

/** A report's status in the office's words; no report for the year is 未提交. */
export function statusText(report: StoredReport | undefined): string {
  return report ? REPORT_STATUS_TEXT[shownStatus(report)] : '未提交';
}

/** The status as a coloured badge; the class is the shown status (MISSING when nothing was submitted). */
export function statusBadge(report: StoredReport | undefined): Html {
  return html`<span class="badge ${report ? shownStatus(report) : 'MISSING'}">${statusText(report)}</span>`;
}

/** An ISO timestamp as the emails give it: Beijing time, to the minute. */
export function shownTime(iso: string | undefined): string {
  return iso ? beijingTime(iso) : '—';
}

/** The day the agency's email went out (Beijing time), or why there is none. */
export function emailDate(report: StoredReport | undefined): string {
  if (!report?.notifiedAt) return '—';
  if (report.notifiedTo?.length === 0) return '无需发送';
  return beijingTime(report.notifiedAt).slice(0, 10);
}
