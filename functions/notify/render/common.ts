import type { Agency, DistrictConfig } from '../../shared/model/district.js';
import type { StoredReport } from '../../shared/model/stored-report.js';
import type { RenderedEmail } from './email.js';
import { headerText } from './escape.js';
import { type Block, paragraph, renderEmail } from './layout.js';

/** Longest agency name or file name that goes into a subject. */
const MAX_SUBJECT_NAME = 40;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China keeps UTC+8 all year: no DST table needed

/**
 * The agency as the email names it: the district's registered name, else the name in the report's title, else the
 * file name. Always one header-safe line, since the last two come from the uploaded file.
 */
export function agencyName(report: StoredReport, district: DistrictConfig): string {
  const registered = registeredAgency(report, district)?.name;
  const name = registered ?? report.report?.agency ?? report.report?.title ?? report.fileName;
  return headerText(name, MAX_SUBJECT_NAME) || headerText(report.fileName, MAX_SUBJECT_NAME);
}

/** The district config's entry for the report's agency, if the district knows it (the config decides, now). */
export function registeredAgency(report: StoredReport, district: DistrictConfig): Agency | undefined {
  return district.agencies.find((agency) => agency.id === report.agencyId);
}

/** `2026-11-23 17:05`, Beijing time, for an ISO timestamp. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** `2020年度报告`, or `年度报告` when the year could not be read. */
export function reportYearText(report: StoredReport): string {
  const year = report.report?.year;
  return year ? `${year}年度报告` : '年度报告';
}

export function fileFacts(report: StoredReport): Block {
  return paragraph(`文件：${report.fileName}`, `上传时间：${beijingTime(report.uploadedAt)}（北京时间）`);
}

/** An email to an agency: greeting, the blocks of this kind of notice, how to re-upload, whom to ask. */
export function agencyEmail(subject: string, agency: string, district: DistrictConfig, blocks: Block[]): RenderedEmail {
  const all = [paragraph(`${agency}：`, '您好！'), ...blocks, reuploadAdvice(), contactFooter(district)];
  return renderEmail(subject, all);
}

function reuploadAdvice(): Block {
  return paragraph(
    '修改方法：请修改报告后，将修改后的文件上传到原上传位置（同一目录）。' +
      '新版本上传后将自动重新核查，核查结果另行通知；原文件无需删除。',
  );
}

function contactFooter(district: DistrictConfig): Block {
  return paragraph(
    `如有疑问，请联系${district.name}政府信息公开工作主管部门：${district.adminEmails.join('、')}`,
    '本邮件由年报核查系统自动发送。',
  );
}
