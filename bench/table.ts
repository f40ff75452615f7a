/** A figure of the bench and its target (`atLeast` for throughput, `atMost` for costs). */
export interface Row {
  figure: string;
  value: number | undefined;
  unit: string;
  target?: { atLeast: number } | { atMost: number };
}

const format = (value: number, unit: string): string => {
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} kB`;
  // A count (cases right, findings) has no unit of measure: no decimals.
  const counted = unit === '' || unit.startsWith('/ ');
  const digits = counted || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const number = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${number} ${unit}`.trim();
};

/** How the value stands against its target: `ok`, or the miss as a factor. */
function verdict(row: Row): string {
  if (row.value === undefined) return 'not measured';
  if (!row.target) return '';
  // Nothing allowed: a miss has no factor, only a count.
  if ('atMost' in row.target && row.target.atMost === 0) return row.value === 0 ? 'ok' : `MISS (${row.value})`;
  const factor = 'atLeast' in row.target ? row.target.atLeast / row.value : row.value / row.target.atMost;
  return factor <= 1 ? 'ok' : `MISS ×${factor.toFixed(1)}`;
}

function targetText(row: Row): string {
  if (!row.target) return '—';
  if ('atLeast' in row.target) return `≥ ${format(row.target.atLeast, row.unit)}`;
  return `≤ ${format(row.target.atMost, row.unit)}`;
}

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.figure,
    row.value === undefined ? '—' : format(row.value, row.unit),
    targetText(row),
    verdict(row),
  ]);
  const header = ['figure', 'value', 'target', 'vs target'];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => (line[i] ?? '').length)));
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
