import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE4_COLUMN_LABELS, TABLE4_COLUMNS, TABLE4_GROUP_LABELS, TABLE4_GROUPS } from '../functions/shared/model/template.js';
import { districtComparison } from './comparison-view.js';
import type { DistrictView } from './district-view.js';
import { type Html, html, reportHref, query } from './html.js';
import { page } from './layout.js';
import type { RollUp } from './rollup.js';

/** The district's summary for a year, with what was left out and why, and the agencies that filed nothing. */
export function rollUpPage(view: DistrictView, rollUp: RollUp): Html {
  const { district } = view;
  const filed = new Set([...rollUp.included, ...rollUp.excluded.map((e) => e.report)].map((r) => r.agencyId));
  const missing = district.agencies.filter((agency) => !filed.has(agency.id));
  const csv = `/rollup.csv${query({ district: district.id, year: rollUp.year })}`;
  const xlsx = `/rollup.xlsx${query({ district: district.id, year: rollUp.year })}`;
  return page(
    `${district.name} ${rollUp.year}`,
    html`<h1>${district.name} ${rollUp.year}年度 区级汇总</h1>
<p>纳入 ${rollUp.included.length} 份报告，未纳入 ${rollUp.excluded.length} 份。<a href="${csv}">下载 CSV</a> · <a href="${xlsx}">下载 Excel</a> · <a href="/supervision${query({ district: district.id, year: rollUp.year })}">督导清单</a></p>
<h2>表三</h2><table><tr><th></th>${TABLE3_COLUMNS.map((c) => html`<th>${TABLE3_COLUMN_LABELS[c]}</th>`)}</tr>
${rollUp.table3.map((row) => html`<tr><th>${row.label}</th>${TABLE3_COLUMNS.map((c) => html`<td class="num">${row.cells[c]}</td>`)}</tr>`)}</table>
<h2>表四</h2><table><tr><th></th>${TABLE4_COLUMNS.map((c) => html`<th>${TABLE4_COLUMN_LABELS[c]}</th>`)}</tr>
${TABLE4_GROUPS.map((g) => html`<tr><th>${TABLE4_GROUP_LABELS[g]}</th>${TABLE4_COLUMNS.map((c) => html`<td class="num">${rollUp.table4[g][c]}</td>`)}</tr>`)}</table>
<h2>纳入汇总</h2><ul>${rollUp.included.map((r) => html`<li><a href="${reportHref(district.id, r.id)}">${r.report?.agency ?? r.agencyId}</a> ${r.fileName}</li>`)}</ul>
<h2>未纳入</h2><ul>${rollUp.excluded.map(({ report, reason }) => html`<li><a href="${reportHref(district.id, report.id)}">${report.report?.agency ?? report.agencyId}</a> ${report.fileName}：${reason}</li>`)}</ul>
<h2>尚未提交</h2><ul>${missing.map((agency) => html`<li>${agency.name}</li>`)}</ul>
<h2>同类机构对比</h2><p class="muted">每类机构各项指标的 P25/P50/P75（含未纳入汇总的报告），以及每个机构在同类中的位次（第 1 为最大）。</p>
${districtComparison(view, rollUp.year)}`,
  );
}
