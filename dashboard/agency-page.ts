import type { StoredReport } from '../functions/shared/model/stored-report.js';
import { AGENCY_KIND_LABELS } from './agency-kind.js';
import { kindsOf, peersOf } from './comparison.js';
import { agencyComparison } from './comparison-view.js';
import { type DistrictView, nameOf } from './district-view.js';
import { FIGURES, formatFigure } from './figures.js';
import { type Html, html, query, reportHref } from './html.js';
import { JUMP_RULE, jumpsOf, jumpText } from './jumps.js';
import { page } from './layout.js';
import { sparkline } from './sparkline.js';

/** One agency's main figures over every year the district has reports for: a small chart and the values. */
export function agencyPage(view: DistrictView, agencyId: string): Html {
  const { district, years } = view;
  const name = nameOf(view, agencyId);
  const byYear = view.latest.get(agencyId) ?? new Map<number, StoredReport>();
  const kinds = kindsOf(view);
  const kind = kinds.get(agencyId) ?? 'other';
  const latestYear = [...byYear.keys()].sort((a, b) => a - b).at(-1);
  const latestRead = latestYear === undefined ? undefined : byYear.get(latestYear)?.report;
  const jumps = new Map(years.map((year) => [year, jumpsOf(view, agencyId, year)]));
  return page(
    `${name} 历年趋势`,
    html`<h1>${name} 历年趋势</h1>
<p>${district.name} · ${AGENCY_KIND_LABELS[kind]} · 已提交 ${byYear.size} 个年度的报告${
      latestYear ? html` · <a href="/supervision${query({ district: district.id, year: latestYear })}">${latestYear}年度督导清单</a>` : ''
    }</p>
<table class="trend"><tr><th>指标</th><th>趋势</th>${years.map((year) => {
      const report = byYear.get(year);
      return html`<th>${report ? html`<a href="${reportHref(district.id, report.id)}">${year}</a>` : html`${year}<br><span class="muted">未提交</span>`}</th>`;
    })}</tr>
${FIGURES.map((figure) => {
  const values = years.map((year) => {
    const read = byYear.get(year)?.report;
    return read ? figure.value(read) : null;
  });
  const points = years.map((year, i) => ({ label: `${year}年`, value: values[i] ?? null, text: formatFigure(figure, values[i]) }));
  const cells = years.map((year, i) => {
    const jump = jumps.get(year)?.find((j) => j.figure.key === figure.key);
    return jump ? html`<td class="num jump" title="异常变化 ${jumpText(jump)}">${points[i]?.text}</td>` : html`<td class="num">${points[i]?.text}</td>`;
  });
  return html`<tr><th>${figure.label}</th><td>${sparkline(points)}</td>${cells}</tr>`;
})}</table>
${[...jumps.values()].some((j) => j.length > 0) ? html`<p class="muted">橙色标出的数值为异常变化：${JUMP_RULE}，仅供本办核实，不发送给机构。</p>` : ''}
${latestYear !== undefined && latestRead
  ? html`<h2>${latestYear}年度 与区内同类机构（${AGENCY_KIND_LABELS[kind]}）对比</h2>${agencyComparison(peersOf(view, latestYear, kinds), kind, latestRead)}`
  : ''}`,
  );
}
