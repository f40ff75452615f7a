import type { Finding } from '../../shared/model/finding.js';
import type { Suggestion } from '../../shared/model/suggestion.js';
import { COLUMN_LABELS, ROW_LABELS } from './finding-table.js';
import { type Block, heading, paragraph } from './layout.js';

/** The rules whose failures a suggested correction can remove. */
const SUM_RULES = new Set(['T3-ROW-TOTAL', 'T3-HANDLED-SUM', 'T3-BALANCE', 'T4-GROUP-TOTAL']);
const CIRCLED = ['①', '②', '③'];

/**
 * Under the findings, for each table whose sums fail: the likeliest fix ("最可能的修改：表三（七）总计·总计列 0 → 1
 * （可同时消除以上 2 处错误）"), the equally likely ones when the numbers cannot tell them apart, or that no change
 * of one or two cells makes the table add up. Nothing for a report validated before suggestions were made.
 */
export function suggestionBlocks(suggestions: readonly Suggestion[] | undefined, findings: readonly Finding[]): Block[] {
  if (!suggestions) return [];
  const lines = suggestionLines(suggestions, findings);
  return lines.length > 0 ? [heading('修改建议（仅供参考，报告中的数字未作改动）'), paragraph(...lines)] : [];
}

/** One line per table whose sums fail, as the email words it; the CLI table prints the same lines. */
export function suggestionLines(suggestions: readonly Suggestion[], findings: readonly Finding[]): string[] {
  const tables = (['三', '四'] as const).filter((table) =>
    findings.some((finding) => finding.table === table && SUM_RULES.has(finding.rule)),
  );
  return tables.map((table) => {
    const forTable = suggestions.filter((suggestion) => suggestion.table === table);
    const [best] = forTable;
    if (!best) return `表${table}：改动一两个数无法使各项合计都相等，请对照原始台账逐项核对。`;
    const removed = findings.filter((f) => f.table === table && best.explains.includes(f.rule)).length;
    const removes = removed > 1 ? `可同时消除以上 ${removed} 处错误` : '可消除以上错误';
    if (best.unique) return `最可能的修改：${changesText(best)}（${removes}）`;
    const options = forTable.map((suggestion, i) => `${CIRCLED[i] ?? ''}${changesText(suggestion)}`).join('；');
    return `表${table}有几种同样可能的修改，无法确定是哪一格填错：${options}。请对照原始台账核对。`;
  });
}

function changesText({ table, changes }: Suggestion): string {
  const cells = changes.map(({ row, column, actual, proposed }) => {
    const rowLabel = ROW_LABELS[table]?.[row] ?? row;
    const columnLabel = COLUMN_LABELS[table]?.[column] ?? column;
    return `${rowLabel}·${columnLabel}列 ${actual} → ${proposed}`;
  });
  return `表${table}${cells.join('，')}`;
}
