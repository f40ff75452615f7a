import type { DistrictConfig } from '../../shared/model/district.js';
import { isUnreadable, type StoredReport } from '../../shared/model/stored-report.js';
import type { RenderedEmail } from './email.js';
import { renderRejectedEmail } from './rejected-email.js';
import { renderReportEmail } from './report-email.js';

/**
 * The email an agency gets about one stored report: why its file could not be read, or what is wrong in it.
 * Notify sends it; the dashboard rebuilds it from the same item to show what was sent.
 */
export function renderAgencyEmail(report: StoredReport, district: DistrictConfig): RenderedEmail {
  return isUnreadable(report) ? renderRejectedEmail(report, district) : renderReportEmail(report, district);
}
