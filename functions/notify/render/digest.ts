import type { DistrictConfig } from '../../shared/model/district.js';
import { REPORT_STATUS_TEXT, shownStatus } from '../../shared/model/report-status-text.js';
import { openFindings, type ReviewMark } from '../../shared/model/review-mark.js';
import { isUnreadable, type StoredReport } from '../../shared/model/stored-report.js';
import { type NoMailReason, recipientsFor } from '../recipients.js';
import { beijingTime, registeredAgency } from './common.js';
import { headerText } from './escape.js';
import { type RenderedEmail, SUBJECT_TAG } from './email.js';
import { countBySeverity } from './finding-table.js';
import { heading, paragraph, renderEmail, table } from './layout.js';

const DIGEST_HEADERS = ['机构', '文件', '年度', '上传时间', '状态', '错误', '提示', '已发送至'];
/** Why a report handled by notify went to nobody: said in its row, so 已通知 never stands beside 未发送. */
const NO_MAIL_TEXT: Record<NoMailReason, string> = {
  clean: '无需发送：没有错误和提示',
  reviewed: '无需发送：问题均已由本办核实无误',
  'below-notify-threshold': '无需发送：只有提示，本区只通知错误',
  'unknown-agency': '未发送：机构未登记',
};
const MAX_FILE_NAME = 60;

/**
 * The admin digest: one line per report uploaded since the last digest (the caller picks them), including
 * unreadable files and uploads under an agency id the district config does not know. Findings the office marked
 * 已核实无误 (`marks`) are counted apart: they were not mailed.
 */
export function renderDigest(
  reports: readonly StoredReport[],
  since: string,
  district: DistrictConfig,
  marks: readonly ReviewMark[] = [],
): RenderedEmail {
  const sorted = [...reports].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
  const rejected = sorted.filter(isUnreadable).length;
  const unknown = sorted.filter((report) => !registeredAgency(report, district)).length;
  const subject = `${SUBJECT_TAG}${district.name} 报告汇总：${sorted.length} 份（${beijingTime(since)} 以来）`;
  const blocks = [
    paragraph(
      `${district.name}政府信息公开年度报告核查汇总（${beijingTime(since)} 以来上传，北京时间）。`,
      `共 ${sorted.length} 份，其中无法读取 ${rejected} 份，未登记机构上传 ${unknown} 份。`,
    ),
    ...(sorted.length > 0 ? [heading('报告明细'), table(DIGEST_HEADERS, sorted.map((r) => digestRow(r, district, marks)))] : []),
    ...(unknown > 0
      ? [paragraph('未登记机构的报告已核查，但未向其发送邮件：请在区配置中登记该机构及其邮箱，或核实上传目录。')]
      : []),
  ];
  return renderEmail(subject, blocks);
}

function digestRow(report: StoredReport, district: DistrictConfig, marks: readonly ReviewMark[]): string[] {
  const registered = registeredAgency(report, district);
  const open = openFindings(report, report.findings, marks);
  const marked = report.findings.length - open.length;
  const { errors, warnings } = countBySeverity(open);
  return [
    registered?.name ?? `未登记的机构 ${report.agencyId}`,
    headerText(report.fileName, MAX_FILE_NAME),
    report.report?.year ? String(report.report.year) : '—',
    beijingTime(report.uploadedAt),
    REPORT_STATUS_TEXT[shownStatus(report)] + (marked > 0 ? `（${marked} 处已核实无误）` : ''),
    String(errors),
    String(warnings),
    sentTo(report, district, open, marked),
  ];
}

function sentTo(report: StoredReport, district: DistrictConfig, open: StoredReport['findings'], marked: number): string {
  if (report.notifiedTo?.length) return report.notifiedTo.join('、');
  if (report.status !== 'NOTIFIED') return '尚未发送';
  const recipients = recipientsFor(report.agencyId, open, district, marked);
  return 'reason' in recipients ? NO_MAIL_TEXT[recipients.reason] : '未发送';
}
