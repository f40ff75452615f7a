import type { Finding, Skipped } from '../functions/shared/model/finding.js';
import { suggestionLines } from '../functions/notify/render/suggestions.js';
import type { CheckedReport } from './check-files.js';
import { clip, count, textTable } from './text-table.js';

/** The `--json` document: exactly the contract README.md shows ("Checking a file without the pipeline"). */
export function renderJson(reports: readonly CheckedReport[]): string {
  return `${JSON.stringify({ reports }, null, 2)}\n`;
}

/** Where a finding points: table, row (or how many rows) and column labels, or the start of the sentence it quotes. */
function whereOf(finding: Finding): string {
  const rows = finding.rows && finding.rows.length > 1 ? `${finding.rows.length} 行` : undefined;
  const place = [finding.table && `表${finding.table}`, rows, finding.rowLabel, finding.columnLabel].filter(Boolean);
  if (place.length > 0) return clip(place.join(' / '), 44);
  return finding.excerpt ? `“${clip(finding.excerpt, 30)}”` : '';
}

/** Where in the file a finding was read: page and line of a PDF, a line of text, or a Word or HTML table's cell. */
function placeOf({ at }: Finding): string {
  if (at === undefined) return '';
  const page = at.page === undefined ? '' : `第${at.page}页`;
  if (at.line !== undefined) return `${page}第${at.line}行`;
  if (at.table === undefined || at.row === undefined) return page;
  const cell = at.cell === undefined ? '' : `第${at.cell + 1}格`;
  return `${page}表格${at.table + 1} 第${at.row + 1}行${cell}`;
}

const show = (value: number | null | undefined) => (value === undefined ? '' : String(value));

function headline(report: CheckedReport): string {
  if (report.status === 'rejected') return `${report.file}: rejected`;
  const template = report.template === null ? 'template unknown' : `${report.template} template`;
  const about = [report.agency ?? 'agency unknown', report.year ?? 'year unknown', template];
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const counts = `${count(errors, 'error')}, ${count(report.findings.length - errors, 'warning')}`;
  return `${report.file} (${about.join(', ')}): ${report.status === 'ok' ? 'ok' : counts}`;
}

/** Appends a value to the list a map holds under a key. */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/**
 * The rules skipped, one line per reason: a broken table skips several rules for one reason, and a rule's parts
 * skipped for the same reason (`column natural: a cell is blank`, `column total: …`) are named together.
 */
function skippedLines(skipped: readonly Skipped[]): string[] {
  const parts = new Map<string, { rule: string; kind: string; reason: string; names: string[] }>();
  for (const { rule, reason } of skipped) {
    const [, kind = '', name = '', rest = reason] = /^(column|row|group) ([^:]+): (.+)$/.exec(reason) ?? [];
    const key = [rule, kind, rest].join('\n');
    const part = parts.get(key) ?? { rule, kind, reason: rest, names: [] };
    parts.set(key, { ...part, names: [...part.names, name] });
  }
  const byReason = new Map<string, string[]>();
  for (const { rule, kind, reason, names } of parts.values()) {
    const where = names.length > 1 ? `${kind}s ${names.join(', ')}` : `${kind} ${names.join('')}`;
    add(byReason, reason, kind ? `${rule} (${where})` : rule);
  }
  return [...byReason].map(([reason, rules]) => `  skipped ${[...new Set(rules)].join(', ')}: ${reason}`);
}

const FINDING_HEADER = ['规则', '表格位置', '文件位置', '应为', '实填', '说明'];

/** Findings as the CLI table shows them, a header then one line each; the local run's summary prints the same. */
export function findingTable(findings: readonly Finding[], indent: string): string {
  const rows = findings.map((f) => [f.rule, whereOf(f), placeOf(f), show(f.expected), show(f.actual), f.message]);
  return textTable([FINDING_HEADER, ...rows], indent);
}

/** The readable report: one block per file, a table of its findings and the fixes suggested, then the rules skipped. */
export function renderText(reports: readonly CheckedReport[]): string {
  const blocks = reports.map((report) => {
    const lines = [headline(report)];
    if (report.findings.length > 0) lines.push(findingTable(report.findings, '  '));
    const suggested = suggestionLines(report.suggestions ?? [], report.findings);
    lines.push(...suggested.map((line) => `  ${line}`));
    lines.push(...skippedLines(report.skipped));
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
