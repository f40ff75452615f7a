import type { DistrictConfig } from '../../shared/model/district.js';
import type { StoredReport } from '../../shared/model/stored-report.js';
import { agencyEmail, agencyName, fileFacts, reportYearText } from './common.js';
import { type RenderedEmail, SUBJECT_TAG } from './email.js';
import { countBySeverity, findingSections } from './finding-table.js';
import { paragraph } from './layout.js';
import { suggestionBlocks } from './suggestions.js';

/**
 * The email for a validated report with findings: what is wrong, where, the likeliest fix where a table does not
 * add up, and how to send a corrected file.
 */
export function renderReportEmail(report: StoredReport, district: DistrictConfig): RenderedEmail {
  const agency = agencyName(report, district);
  const { errors, warnings } = countBySeverity(report.findings);
  const subject = `${SUBJECT_TAG}${agency} ${reportYearText(report)}：${errors} 处错误，${warnings} 处提示`;
  const blocks = [
    paragraph(
      `贵单位上传的政府信息公开工作${reportYearText(report)}经自动核查，发现 ${errors} 处错误、${warnings} 处提示。` +
        '错误须修改；提示是可能的问题，请核实，确认无误的可不修改。',
    ),
    fileFacts(report),
    ...findingSections(report.findings),
    ...suggestionBlocks(report.suggestions, report.findings),
  ];
  return agencyEmail(subject, agency, district, blocks);
}
