import type { Finding } from '../../shared/model/finding.js';
import {
  TABLE2_COLUMN_LABELS,
  TABLE2_ROW_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
} from '../../shared/model/template.js';
import { headerText } from './escape.js';
import { type Block, heading, paragraph, table } from './layout.js';

export const FINDING_HEADERS = ['表', '行', '列', '应为', '实填', '说明'] as const;

/** At most this many findings are listed in one email; the rest are counted. */
export const MAX_LISTED_FINDINGS = 50;
const MAX_EXCERPT = 120;
const NOT_APPLICABLE = '—';

/** Labels by table, then key: what the clerk sees in the template, never a key. */
export const ROW_LABELS: Record<string, Record<string, string>> = {
  二: TABLE2_ROW_LABELS,
  三: TABLE3_ROW_LABELS,
  四: TABLE4_GROUP_LABELS,
};
export const COLUMN_LABELS: Record<string, Record<string, string>> = {
  二: TABLE2_COLUMN_LABELS,
  三: TABLE3_COLUMN_LABELS,
  四: TABLE4_COLUMN_LABELS,
};

/** One finding as a table row: labels, never keys; — where a column does not apply; a blank cell reads 空白. */
export function findingRow(finding: Finding): string[] {
  const table = finding.table;
  const row = finding.rowLabel ?? (table && finding.row ? ROW_LABELS[table]?.[finding.row] : undefined);
  const column = finding.columnLabel ?? (table && finding.column ? COLUMN_LABELS[table]?.[finding.column] : undefined);
  const note = finding.excerpt
    ? `${finding.message}（原文：“${headerText(finding.excerpt, MAX_EXCERPT)}”）`
    : finding.message;
  return [
    table ?? '正文',
    row ?? NOT_APPLICABLE,
    column ?? NOT_APPLICABLE,
    finding.expected === undefined ? NOT_APPLICABLE : String(finding.expected),
    finding.actual === undefined ? NOT_APPLICABLE : finding.actual === null ? '空白' : String(finding.actual),
    note,
  ];
}

/**
 * The errors, then the warnings, each under its heading, listing at most MAX_LISTED_FINDINGS in all
 * (errors first) and ending a section with 及其他 N 处 when some of it was left out.
 */
export function findingSections(findings: readonly Finding[]): Block[] {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const errorRoom = Math.min(errors.length, MAX_LISTED_FINDINGS);
  return [
    ...section(`错误（${errors.length} 处，须修改）`, errors, errorRoom),
    ...section(`提示（${warnings.length} 处，请核实）`, warnings, MAX_LISTED_FINDINGS - errorRoom),
  ];
}

function section(title: string, findings: readonly Finding[], room: number): Block[] {
  if (findings.length === 0) return [];
  const listed = findings.slice(0, room);
  const omitted = findings.length - listed.length;
  return [
    heading(title),
    ...(listed.length > 0 ? [table(FINDING_HEADERS, listed.map(findingRow))] : []),
    ...(omitted > 0 ? [paragraph(`及其他 ${omitted} 处（未逐条列出，请对照全部表格核查）`)] : []),
  ];
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
