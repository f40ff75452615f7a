import type { Finding } from '../functions/shared/model/finding.js';
import { MAX_REASON_CHARS, MAX_REVIEWER_CHARS, markOf, type ReviewMark } from '../functions/shared/model/review-mark.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';
import { type Html, html, reportHref } from './html.js';
import { shownTime } from './status.js';

/** What the report page needs to show the office's marks and let it mark a finding. */
export interface ReviewContext {
  districtId: string;
  report: StoredReport;
  marks: readonly ReviewMark[];
  /** The server's form secret (csrf.ts). */
  token: string;
  /** What the last mark did, after its POST redirected here. */
  notice?: 'created' | 'duplicate';
  /** Set for the findings of a follow-up (补充通知): the form names it, the finding's index is in its list. */
  followUpId?: string;
}

const NOTICES = {
  created: '已记录：该问题已核实无误。该机构此后上传的新版本中，同一单元格仍为同一数值的，不再通知该问题。',
  duplicate: '该问题此前已核实无误，保留首次核实的记录。',
};

/** Where a POST marks a finding of this report. */
export function reviewAction(districtId: string, reportId: string): string {
  return `${reportHref(districtId, reportId)}/marks`;
}

/** The id of a finding's cell on the report page, which a POST redirects back to. */
export function findingAnchor(index: number, followUpId?: string): string {
  return followUpId === undefined ? `finding-${index}` : `finding-${followUpId}-${index}`;
}

export function reviewNotice(review: ReviewContext | undefined): Html {
  return review?.notice ? html`<p class="badge NOTIFIED" role="status">${NOTICES[review.notice]}</p>` : html``;
}

export function reviewHeader(review: ReviewContext | undefined): Html {
  return review ? html`<th>核实</th>` : html``;
}

/** The finding's mark (who, when, why), or a form to mark it; a report without a readable year cannot be marked. */
export function reviewCell(review: ReviewContext | undefined, finding: Finding, index: number): Html {
  if (!review) return html``;
  const { report } = review;
  const mark = markOf(report, finding, review.marks);
  if (mark) {
    return html`<td id="${findingAnchor(index, review.followUpId)}" class="reviewed"><span class="badge NOTIFIED">已核实无误</span><br>核实人：${mark.by}<br>
核实时间：${shownTime(mark.at)}（北京时间）<br>理由：${mark.reason}</td>`;
  }
  if (!report.report?.year) return html`<td class="muted">—</td>`;
  return html`<td id="${findingAnchor(index, review.followUpId)}"><details><summary>标记为已核实无误</summary>
<form method="post" action="${reviewAction(review.districtId, report.id)}">
<input type="hidden" name="token" value="${review.token}"><input type="hidden" name="finding" value="${index}">${
  review.followUpId === undefined ? '' : html`<input type="hidden" name="followUp" value="${review.followUpId}">`
}
<label>核实人<input name="by" required maxlength="${MAX_REVIEWER_CHARS}"></label>
<label>理由<textarea name="reason" required maxlength="${MAX_REASON_CHARS}" rows="2"></textarea></label>
<button>确认已核实无误</button></form></details></td>`;
}
