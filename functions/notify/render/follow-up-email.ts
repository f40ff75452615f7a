import type { DistrictConfig } from '../../shared/model/district.js';
import type { FollowUp, StoredReport } from '../../shared/model/stored-report.js';
import { agencyEmail, agencyName, beijingTime, fileFacts, reportYearText } from './common.js';
import { type RenderedEmail, SUBJECT_TAG } from './email.js';
import { findingSections } from './finding-table.js';
import { paragraph } from './layout.js';

/**
 * The short email for new cross-year (X-*, D-SAME-AS-LAST-YEAR) findings on a report already mailed: they were found when the
 * previous year's report (`previous`, when still stored) arrived later. Lists only the follow-up's findings.
 */
export function renderFollowUpEmail(
  report: StoredReport,
  followUp: FollowUp,
  previous: StoredReport | undefined,
  district: DistrictConfig,
): RenderedEmail {
  const agency = agencyName(report, district);
  // D-SAME-AS-AGENCY: the report that arrived later is another agency's, which each finding names
  if (followUp.findings.every((f) => f.rule === 'D-SAME-AS-AGENCY')) {
    const year = reportYearText(report);
    const subject = `${SUBJECT_TAG}${agency} ${year}：与同区其他单位报告比对发现 ${followUp.findings.length} 处新问题`;
    const intro = `同区其他单位的报告上传后，系统将其与贵单位已核查过的${year}比对，发现以下新问题（此前邮件列出的问题不再重复）。`;
    return agencyEmail(subject, agency, district, [paragraph(intro), fileFacts(report), ...findingSections(followUp.findings)]);
  }
  const subject = `${SUBJECT_TAG}${agency} ${reportYearText(report)}：跨年度核对发现 ${followUp.findings.length} 处新问题`;
  const cause = previous
    ? `贵单位${reportYearText(previous)}（文件：${previous.fileName}，上传时间：${beijingTime(previous.uploadedAt)}）`
    : '贵单位上一年度的报告';
  const blocks = [
    paragraph(
      `${cause}上传后，系统将其与已核查过的${reportYearText(report)}重新比对，发现以下新问题` +
        '（此前邮件列出的问题不再重复）。请核对两年的报告，修改有误的一份。',
    ),
    fileFacts(report),
    ...findingSections(followUp.findings),
  ];
  return agencyEmail(subject, agency, district, blocks);
}
