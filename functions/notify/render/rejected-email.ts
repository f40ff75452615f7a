import type { DistrictConfig } from '../../shared/model/district.js';
import type { StoredReport } from '../../shared/model/stored-report.js';
import { agencyEmail, agencyName, fileFacts, reportYearText } from './common.js';
import { capText } from './escape.js';
import { type RenderedEmail, SUBJECT_TAG } from './email.js';
import { heading, paragraph } from './layout.js';

const MAX_REASON = 300;

const ACCEPTED_FORMATS = [
  '可接受的格式：',
  '· Word 文档（.docx、.doc）或 WPS 文字（.wps）',
  '· 含文字层的 PDF（由 Word、WPS 等直接导出，能选中复制文字）',
  '· 网页（.html）',
  '· 纯文本（.txt、.md），编码为 UTF-8 或 GB18030',
  '不接受：扫描件或图片转成的 PDF。',
];

/** The short email for a file that could not be read at all (S-FORMAT): why, and which formats work. */
export function renderRejectedEmail(report: StoredReport, district: DistrictConfig): RenderedEmail {
  const agency = agencyName(report, district);
  const subject = `${SUBJECT_TAG}${agency} ${reportYearText(report)}：文件无法读取，请重新上传`;
  const reason = report.findings.find((finding) => finding.rule === 'S-FORMAT') ?? report.findings[0];
  const blocks = [
    paragraph('贵单位上传的年度报告文件无法读取，因此未能核查。'),
    fileFacts(report),
    heading('原因'),
    paragraph(capText(reason?.message ?? '文件格式无法识别。', MAX_REASON)),
    heading('可接受的文件格式'),
    paragraph(...ACCEPTED_FORMATS),
  ];
  return agencyEmail(subject, agency, district, blocks);
}
