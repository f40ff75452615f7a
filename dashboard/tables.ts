import { type Finding, rowsOf } from '../functions/shared/model/finding.js';
import type { ReadReport } from '../functions/shared/model/report.js';
import type { Suggestion } from '../functions/shared/model/suggestion.js';
import {
  TABLE2_COLUMN_LABELS,
  TABLE2_LAYOUT,
  TABLE2_ROW_LABELS,
  TABLE2_ROWS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE3_ROWS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUP_LABELS,
  TABLE4_GROUPS,
  type TableId,
} from '../functions/shared/model/template.js';
import { type Html, html } from './html.js';

/** The rows T3-BALANCE compares: 一 + 二 against （七） + 四, in the column it names. */
const BALANCE_ROWS = new Set(['received', 'carriedIn', 'handledTotal', 'carriedOut']);

/** Whether a finding names the cell: exactly, or through its whole row, or its column (only the rows it compares). */
function names(f: Finding, table: TableId, row: string, column: string): boolean {
  const rows = rowsOf(f);
  if (f.table !== table || (rows.length === 0 && f.column === undefined)) return false;
  if (rows.length > 0 && !rows.includes(row)) return false;
  if (f.column !== undefined && f.column !== column) return false;
  return rows.length > 0 || f.rule !== 'T3-BALANCE' || BALANCE_ROWS.has(row);
}

function findingsAt(findings: Finding[], table: TableId, row: string, column: string): Finding[] {
  return findings.filter((f) => names(f, table, row, column));
}

/** What the suggested corrections propose for one cell: one value when the fix is unique, one per option otherwise. */
interface Proposal {
  values: number[];
  unique: boolean;
}

function proposalAt(suggestions: readonly Suggestion[], table: TableId, row: string, column: string): Proposal {
  const matching = suggestions.filter((s) => s.table === table);
  const values = matching.flatMap((s) => s.changes.filter((c) => c.row === row && c.column === column).map((c) => c.proposed));
  return { values, unique: matching.every((s) => s.unique) };
}

function cell(value: number | null | undefined, named: Finding[], proposal?: Proposal): Html {
  const error = named.find((f) => f.severity === 'error');
  const className = error ? 'num error' : named.length > 0 ? 'num warning' : value == null ? 'num missing' : 'num';
  // Only a finding about this very cell says what the cell should hold (T3-BALANCE's expected is a sum).
  const expected = named.find((f) => f.row !== undefined && f.column !== undefined && f.expected !== undefined)?.expected;
  const title = named.map((f) => `${f.rule}: ${f.message}`).join('\n');
  const proposed = proposal?.values ?? [];
  return html`<td class="${className}${proposed.length > 0 ? ' suggestion' : ''}" title="${title}">${value ?? '—'}${
    expected !== undefined ? html`<span class="expected">应为 ${expected}</span>` : ''
  }${proposed.length > 0 ? html`<span class="suggested">${proposal?.unique ? '建议改为' : '或可改为'} ${proposed.join(' 或 ')}</span>` : ''}</td>`;
}

export function table2View(report: ReadReport, findings: Finding[]): Html {
  const rows = report.table2?.rows;
  if (!rows || !report.template) return html`<p class="muted">表二未读出。</p>`;
  const layout = TABLE2_LAYOUT[report.template];
  return html`<table>${TABLE2_ROWS.map(
    (row) =>
      html`<tr><th>${TABLE2_ROW_LABELS[row]}</th>${(layout[row] ?? []).map(
        (column) =>
          html`<td class="muted">${TABLE2_COLUMN_LABELS[column]}</td>${cell(rows[row]?.[column], findingsAt(findings, '二', row, column))}`,
      )}</tr>`,
  )}</table>`;
}

export function table3View(report: ReadReport, findings: Finding[], suggestions: readonly Suggestion[] = []): Html {
  const table = report.table3;
  if (!table) return html`<p class="muted">表三未读出。</p>`;
  const rows = TABLE3_ROWS.filter((row) => table[row] || findings.some((f) => f.table === '三' && rowsOf(f).includes(row)));
  return html`<table><tr><th></th>${TABLE3_COLUMNS.map((column) => html`<th>${TABLE3_COLUMN_LABELS[column]}</th>`)}</tr>${rows.map(
    (row) =>
      html`<tr><th>${TABLE3_ROW_LABELS[row]}</th>${TABLE3_COLUMNS.map((column) =>
        cell(table[row]?.[column], findingsAt(findings, '三', row, column), proposalAt(suggestions, '三', row, column)),
      )}</tr>`,
  )}</table>`;
}

export function table4View(report: ReadReport, findings: Finding[], suggestions: readonly Suggestion[] = []): Html {
  const table = report.table4;
  if (!table) return html`<p class="muted">表四未读出。</p>`;
  return html`<table><tr><th></th>${TABLE4_COLUMNS.map((column) => html`<th>${TABLE4_COLUMN_LABELS[column]}</th>`)}</tr>${TABLE4_GROUPS.map(
    (group) =>
      html`<tr><th>${TABLE4_GROUP_LABELS[group]}</th>${TABLE4_COLUMNS.map((column) =>
        cell(table[group]?.[column], findingsAt(findings, '四', group, column), proposalAt(suggestions, '四', group, column)),
      )}</tr>`,
  )}</table>`;
}
