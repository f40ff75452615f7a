import type { ReadReport } from '../functions/shared/model/report.js';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, type AgencyKind } from './agency-kind.js';
import { kindsOf, type Peers, peersOf, peerValues, placeOf, quartiles } from './comparison.js';
import { type DistrictView, nameOf } from './district-view.js';
import { FIGURES, type Figure, formatFigure } from './figures.js';
import { agencyHref, type Html, html } from './html.js';

function placeText(figure: Figure, value: number | null, sorted: readonly number[]): string {
  const place = value === null ? undefined : placeOf(value, sorted);
  return place ? `${formatFigure(figure, value)}（第 ${place.rank}/${place.of}，${place.band}）` : formatFigure(figure, value);
}

/** One agency's figures for a year against the P25/P50/P75 of its kind in the district. */
export function agencyComparison(peers: Peers, kind: AgencyKind, read: ReadReport): Html {
  return html`<table class="comparison"><tr><th>指标</th><th>本机构（位次）</th><th>P25</th><th>P50</th><th>P75</th><th>同类机构数</th></tr>${FIGURES.map(
    (figure) => {
      const sorted = peerValues(peers, kind, figure);
      const q = quartiles(sorted);
      return html`<tr><th>${figure.label}</th><td class="num">${placeText(figure, figure.value(read), sorted)}</td>
<td class="num">${formatFigure(figure, q?.p25)}</td><td class="num">${formatFigure(figure, q?.p50)}</td><td class="num">${formatFigure(figure, q?.p75)}</td><td class="num">${q?.count ?? 0}</td></tr>`;
    },
  )}</table>`;
}

/** For the roll-up: each kind's quartiles, then every agency's figures with its place among its kind. */
export function districtComparison(view: DistrictView, year: number): Html {
  const kinds = kindsOf(view);
  const peers = peersOf(view, year, kinds);
  const present = AGENCY_KINDS.filter((kind) => peers.has(kind));
  if (present.length === 0) return html`<p class="muted">本年度暂无可比较的报告。</p>`;
  return html`${present.map((kind) => {
    const agencies = [...view.latest].filter(([id, byYear]) => kinds.get(id) === kind && byYear.get(year)?.report);
    return html`<h3>${AGENCY_KIND_LABELS[kind]}（${agencies.length} 个机构）</h3>
<table class="comparison"><tr><th></th>${FIGURES.map((f) => html`<th>${f.label}</th>`)}</tr>
${(['p25', 'p50', 'p75'] as const).map(
  (key) => html`<tr><th>${key.toUpperCase()}</th>${FIGURES.map((f) => html`<td class="num">${formatFigure(f, quartiles(peerValues(peers, kind, f))?.[key])}</td>`)}</tr>`,
)}
${agencies.map(([id, byYear]) => {
  const read = byYear.get(year)?.report;
  return html`<tr><td><a href="${agencyHref(view.district.id, id)}">${nameOf(view, id)}</a></td>${FIGURES.map(
    (f) => html`<td class="num">${read ? placeText(f, f.value(read), peerValues(peers, kind, f)) : '—'}</td>`,
  )}</tr>`;
})}</table>`;
  })}`;
}
