import type { Random } from './synthetic-random.js';

/** The text layouts agencies' reports arrive in (functions/parse/formats/text/read-text.ts reads them all). */
export const TEXT_LAYOUTS = ['cellPerLine', 'pipe', 'markdown', 'tab', 'spaced'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

/** One table row before layout: label parts ('' where a merged label cell was) then the value cells. */
export interface LogicalRow {
  labels: readonly string[];
  cells: readonly string[];
}

/** Prints a table the way the layout does, with the quirks the seeds show (split labels, trailing pipes). */
export function renderTable(random: Random, layout: TextLayout, rows: readonly LogicalRow[]): string {
  if (layout === 'cellPerLine') return rows.map((row) => cellPerLineRow(random, row)).join('\n');
  if (layout === 'markdown') return markdownTable(rows);
  return rows.map((row) => RENDER_ROW[layout](random, row)).join('\n');
}

/** How a blank cell looks: an empty cell only where the layout keeps cell boundaries. */
export function blankMarker(random: Random, layout: TextLayout): string {
  const keepsEmpty = layout === 'pipe' || layout === 'tab' || layout === 'markdown';
  return random.pick(keepsEmpty ? ['', '—', '/', '无'] : ['—', '/', '无']);
}

const nonEmpty = (labels: readonly string[]): string[] => labels.filter((label) => label !== '');

const RENDER_ROW: Record<'pipe' | 'tab' | 'spaced', (random: Random, row: LogicalRow) => string> = {
  pipe: (random, row) => `${[...nonEmpty(row.labels), ...row.cells].join(' | ')} |${random.chance(0.5) ? ' |' : ''}`,
  tab: (_random, row) => [...row.labels, ...row.cells].join('\t'),
  spaced: (random, row) => [...nonEmpty(row.labels), ...row.cells].join(' '.repeat(random.int(1, 3))),
};

function cellPerLineRow(random: Random, row: LogicalRow): string {
  const labels = row.labels.map((label, index) => {
    const merged = index < row.labels.length - 1; // a merged group label, split over lines as in seed 000
    if (!merged || label.length < 5 || !random.chance(0.3)) return `\t${label}`;
    const cut = random.int(2, label.length - 2);
    return `\t${label.slice(0, cut)}\n\n${label.slice(cut)}`;
  });
  return [...labels, ...row.cells.map((cell) => `\t${cell}`), ''].join('\n');
}

function markdownTable(rows: readonly LogicalRow[]): string {
  const lines = rows.map((row) => `| ${[...row.labels, ...row.cells].join(' | ')} |`);
  const width = Math.max(1, ...rows.slice(0, 1).map((row) => row.labels.length + row.cells.length));
  lines.splice(1, 0, `|${'---|'.repeat(width)}`);
  return lines.join('\n');
}
