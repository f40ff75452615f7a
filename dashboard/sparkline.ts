import { type Html, html } from './html.js';

const WIDTH = 180;
const HEIGHT = 48;
const PAD = 6;

/**
 * A small line chart as inline SVG (no script, so the page's policy lets it draw): one point per year, the line
 * broken where a year has no value. Each point carries its year and value as a tooltip.
 */
export function sparkline(points: readonly { label: string; value: number | null; text: string }[]): Html {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return html`<span class="muted">无数据</span>`;
  const [min, max] = [Math.min(0, ...values), Math.max(...values)];
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / (max - min));
  const segments: string[][] = [[]];
  points.forEach((p, i) => {
    if (p.value === null) segments.push([]);
    else segments.at(-1)?.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  return html`<svg class="spark" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">${segments
    .filter((s) => s.length > 1)
    .map((s) => html`<polyline points="${s.join(' ')}" fill="none" stroke="#1f4e79" stroke-width="1.5"/>`)}${points.map((p, i) =>
    p.value === null
      ? ''
      : html`<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5" fill="#1f4e79"><title>${p.label}：${p.text}</title></circle>`,
  )}</svg>`;
}
