import type { Table3Row } from '../../shared/model/template.js';
import { type LabelCandidate, type LabelMatch, matchLabel, normalizeLabel } from './labels.js';

/**
 * Table 三's labels as the reader matches them. Sub-rows (1.属于国家秘密 …) belong to a block — （三）不予公开,
 * （四）无法提供, （五）不予处理, （六）其他处理 — and are matched first within the block they stand in, since
 * `3.其他` means something only inside （六）. A parent label sets the block and carries no values of its own,
 * except （六）其他处理, which is a row itself when numbers follow it.
 */

export type Block = 'results' | 'denied' | 'unable' | 'notHandled' | 'other';
type SubBlock = Exclude<Block, 'results'>;

const TOP: readonly LabelCandidate<Table3Row>[] = [
  { key: 'received', aliases: ['本年新收政府信息公开申请数量', '本年新收申请数量'] },
  { key: 'carriedIn', aliases: ['上年结转政府信息公开申请数量', '上年结转申请数量'] },
  { key: 'granted', aliases: ['予以公开'] },
  { key: 'partial', aliases: ['部分公开区分处理的只计这一情形不计其他情形', '部分公开'] },
  { key: 'handledTotal', aliases: ['总计', '合计'] },
  { key: 'carriedOut', aliases: ['结转下年度继续办理'] },
];

const PARENTS: readonly LabelCandidate<Block>[] = [
  { key: 'results', aliases: ['本年度办理结果'] },
  { key: 'denied', aliases: ['不予公开'] },
  { key: 'unable', aliases: ['无法提供'] },
  { key: 'notHandled', aliases: ['不予处理'] },
  { key: 'other', aliases: ['其他处理'] },
];

const SUB_ROWS: Record<SubBlock, readonly LabelCandidate<Table3Row>[]> = {
  denied: [
    { key: 'denied.1', aliases: ['属于国家秘密'] },
    { key: 'denied.2', aliases: ['其他法律行政法规禁止公开'] },
    { key: 'denied.3', aliases: ['危及三安全一稳定'] },
    { key: 'denied.4', aliases: ['保护第三方合法权益'] },
    { key: 'denied.5', aliases: ['属于三类内部事务信息'] },
    { key: 'denied.6', aliases: ['属于四类过程性信息'] },
    { key: 'denied.7', aliases: ['属于行政执法案卷'] },
    { key: 'denied.8', aliases: ['属于行政查询事项'] },
  ],
  unable: [
    { key: 'unable.1', aliases: ['本机关不掌握相关政府信息'] },
    { key: 'unable.2', aliases: ['没有现成信息需要另行制作'] },
    { key: 'unable.3', aliases: ['补正后申请内容仍不明确'] },
  ],
  notHandled: [
    { key: 'notHandled.1', aliases: ['信访举报投诉类申请'] },
    { key: 'notHandled.2', aliases: ['重复申请'] },
    { key: 'notHandled.3', aliases: ['要求提供公开出版物'] },
    { key: 'notHandled.4', aliases: ['无正当理由大量反复申请'] },
    { key: 'notHandled.5', aliases: ['要求行政机关确认或重新出具已获取信息'] },
  ],
  other: [
    { key: 'otherHandling.1', aliases: ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'] },
    { key: 'otherHandling.2', aliases: ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请'] },
    { key: 'otherHandling.3', aliases: ['其他'] },
  ],
};

const SUB_BLOCKS = Object.keys(SUB_ROWS) as SubBlock[];

export type Table3Label =
  | { kind: 'row'; row: Table3Row; block: Block | null }
  | { kind: 'parent'; block: Block };

/** What a label cell stands for in Table 三, given the block it stands in; null when it is not a Table 三 label. */
export function matchTable3Label(text: string, block: Block | null): Table3Label | null {
  const match: LabelMatch<string> | null = matchLabel(normalizeLabel(text), candidatesIn(block));
  if (!match) return null;
  if (match.key.startsWith('parent:')) return { kind: 'parent', block: match.key.slice('parent:'.length) as Block };
  const row = match.key as Table3Row;
  return { kind: 'row', row, block: blockOfRow(row) };
}

/** The block a sub-row stands in, or null for a top-level row. */
export const blockOfRow = (row: Table3Row): Block | null => SUB_BLOCKS.find((b) => SUB_ROWS[b].some((c) => c.key === row)) ?? null;

/** Candidates in priority order: the block's own sub-rows, top-level rows and parents, then other blocks' sub-rows. */
const CANDIDATES = new Map<Block | null, readonly LabelCandidate<string>[]>();
function candidatesIn(block: Block | null): readonly LabelCandidate<string>[] {
  const cached = CANDIDATES.get(block);
  if (cached) return cached;
  const inBlock = block && block !== 'results' ? SUB_ROWS[block] : [];
  const elsewhere = SUB_BLOCKS.filter((b) => b !== block).flatMap((b) => SUB_ROWS[b].filter((c) => c.key !== 'otherHandling.3'));
  const parents = PARENTS.map((p) => ({ key: `parent:${p.key}`, aliases: p.aliases }));
  const candidates = [...inBlock, ...TOP, ...parents, ...elsewhere];
  CANDIDATES.set(block, candidates);
  return candidates;
}

const INNER_NUMBERING = /(?<=\S)\s*(?=[（(][一二三四五六七][)）]|\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff])/;
/** A group label, then a space and words: the rest of a sub-row's label that pdftotext put on the group's line. */
const GROUP_THEN_WORDS = /^([（(]\s*[三四五六]\s*[)）]\s*[\u4e00-\u9fff]{2,6})\s+(?=[\u4e00-\u9fff])/;

/**
 * A cell holding a parent and its first row (`（三）不予公开 1.属于国家秘密`) split at the inner numbering; a
 * group label with a wrapped label's middle line (`（六）其他处理 要求缴纳费用、行政机关不再`) split after the group.
 */
export function splitMergedLabel(text: string): string[] {
  const group = GROUP_THEN_WORDS.exec(text.trim());
  const parts: string[] = group?.[1] ? [group[1]] : [];
  let rest = group ? text.trim().slice(group[0].length) : text.trim();
  for (let at = rest.search(INNER_NUMBERING); at > 0; at = rest.search(INNER_NUMBERING)) {
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return [...parts, rest];
}
