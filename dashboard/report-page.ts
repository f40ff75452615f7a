import type { Finding } from '../functions/shared/model/finding.js';
import { suggestionBlocks } from '../functions/notify/render/suggestions.js';
import type { ReadReport } from '../functions/shared/model/report.js';
import type { FollowUp, StoredReport } from '../functions/shared/model/stored-report.js';
import { openFindings } from '../functions/shared/model/review-mark.js';
import { TABLE3_ROW_LABELS } from '../functions/shared/model/template.js';
import { agencyHref, type Html, html, reportHref } from './html.js';
import { latestByAgencyYear } from './district-view.js';
import { JUMP_RULE, jumpsBetween, jumpText } from './jumps.js';
import { page } from './layout.js';
import { type ReviewContext, reviewCell, reviewHeader, reviewNotice } from './review-form.js';
import { agencyName, counts, type ListedReport } from './sources.js';
import { shownTime, statusBadge } from './status.js';
import { table2View, table3View, table4View } from './tables.js';

/** An email as the agency received it; rendered by the notify stage's own code. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface ReportPageData {
  item: ListedReport;
  /** The same agency's other reports, any year. */
  history: StoredReport[];
  followUps: FollowUp[];
  email?: RenderedEmail;
  /** The office's review marks and their form (review-form.ts); none: the findings are shown unmarked. */
  review?: ReviewContext;
}

function where(f: Finding): string {
  return [f.table ? `表${f.table}` : '', f.rowLabel ?? f.row ?? '', f.columnLabel ?? f.column ?? ''].filter(Boolean).join(' / ');
}

function findingsView(findings: Finding[], review?: ReviewContext): Html {
  if (findings.length === 0) return html`<p>未发现问题。</p>`;
  return html`<table><tr><th>规则</th><th>级别</th><th>位置</th><th>应为</th><th>实填</th><th>说明</th>${reviewHeader(review)}</tr>${findings.map(
    (f, i) => html`<tr><td>${f.rule}</td><td>${f.severity === 'error' ? '错误' : '提示'}</td><td>${where(f)}</td>
<td class="num">${f.expected ?? ''}</td><td class="num">${f.actual ?? ''}</td>
<td>${f.message}${f.excerpt ? html`<br><q class="muted">${f.excerpt}</q>` : ''}</td>${reviewCell(review, f, i)}</tr>`,
  )}</table>`;
}

const HISTORY_ROWS = ['received', 'carriedIn', 'handledTotal', 'carriedOut'] as const;

/** The agency's years side by side (总计 column), the carry-over chain X-CARRY checks. */
function historyView(current: StoredReport, history: StoredReport[], districtId: string): Html {
  const years = [current, ...history]
    .filter((r) => r.report?.year)
    .sort((a, b) => (a.report?.year ?? 0) - (b.report?.year ?? 0) || a.uploadedAt.localeCompare(b.uploadedAt));
  if (years.length < 2) return html`<p class="muted">该机构暂无其他年度的报告。</p>`;
  return html`<table><tr><th>表三 总计</th>${years.map(
    (r) => html`<th><a href="${reportHref(districtId, r.id)}">${r.report?.year}</a>${r.id === current.id ? '（本报告）' : ''}</th>`,
  )}</tr>${HISTORY_ROWS.map(
    (row) => html`<tr><th>${TABLE3_ROW_LABELS[row]}</th>${years.map((r) => html`<td class="num">${r.report?.table3?.[row]?.total ?? '—'}</td>`)}</tr>`,
  )}<tr><th>跨年度问题</th>${years.map(
    (r) => html`<td>${r.findings.filter((f) => f.rule.startsWith('X-')).map((f) => html`${f.rule} ${f.columnLabel ?? ''}<br>`)}</td>`,
  )}</tr></table>`;
}

function emailView(email: RenderedEmail | undefined, report: StoredReport): Html {
  if (!email) return html`<p class="muted">${report.notifiedTo?.length ? '邮件内容不可用。' : '未发送邮件。'}</p>`;
  // sandbox="" runs no script and loads nothing from the report: the email HTML is shown inert.
  return html`<p>主题：${email.subject} · 收件人：${(report.notifiedTo ?? []).join('、')} · 发送时间：${shownTime(report.notifiedAt)}（北京时间）</p>
<iframe sandbox="" srcdoc="${email.html}" title="发出的邮件"></iframe>
<details><summary>纯文本</summary><pre>${email.text}</pre></details>`;
}

/** 异常变化 against the agency's latest report for the year before: for the office only, never in the email. */
function jumpsView(read: ReadReport, history: StoredReport[], agencyId: string): Html {
  const previous = read.year ? latestByAgencyYear(history).get(agencyId)?.get(read.year - 1)?.report : undefined;
  const jumps = jumpsBetween(read, previous);
  if (jumps.length === 0) return html``;
  return html`<h2>异常变化</h2><p class="muted">${JUMP_RULE}的指标，仅供本办核实，不发送给机构。</p>
<ul class="jumps">${jumps.map((jump) => html`<li class="jump">${jumpText(jump)}</li>`)}</ul>`;
}

/** The agency's email's own wording of the suggested corrections, above the tables where their cells are marked. */
function suggestionsView(report: StoredReport): Html {
  return html`${suggestionBlocks(report.suggestions, report.findings).map((block) => {
    if (block.kind === 'heading') return html`<h2>${block.text}</h2>`;
    return block.kind === 'paragraph' ? html`<ul class="suggestions">${block.lines.map((line) => html`<li>${line}</li>`)}</ul>` : '';
  })}`;
}

export function reportPage({ item, history, followUps, email, review }: ReportPageData): Html {
  const { district, report } = item;
  const { errors, warnings, marked } = counts(report, review?.marks);
  const open = openFindings(report, report.findings, review?.marks ?? []); // a marked cell is not flagged again
  const read = report.report;
  return page(
    agencyName(district, report),
    html`<h1>${agencyName(district, report)} ${read?.year ?? ''}年度报告</h1>
<p>${district.name} · 文件 ${report.fileName} · 上传于 ${shownTime(report.uploadedAt)}（北京时间） · ${statusBadge(report)}
· ${read?.template ? `${read.template}年版模板` : '模板未识别'} · ${errors} 处错误，${warnings} 处提示${marked > 0 ? `（另 ${marked} 处已核实无误）` : ''} · <a href="${agencyHref(district.id, report.agencyId)}">该机构历年趋势</a></p>
${read ? jumpsView(read, history, report.agencyId) : ''}
<h2>问题</h2>${reviewNotice(review)}${findingsView(report.findings, review)}
${suggestionsView(report)}
${followUps.length > 0 ? html`<h2>补充通知</h2>${followUps.map((f) => findingsView(f.findings, review && { ...review, followUpId: f.id }))}` : ''}
${read ? html`<h2>表二 主动公开政府信息情况</h2>${table2View(read, open)}
<h2>表三 收到和处理政府信息公开申请情况</h2>${table3View(read, open, report.suggestions)}
<h2>表四 政府信息公开行政复议、行政诉讼情况</h2>${table4View(read, open, report.suggestions)}` : ''}
<h2>历年对比</h2>${historyView(report, history, district.id)}
<h2>发出的邮件</h2>${emailView(email, report)}`,
  );
}
