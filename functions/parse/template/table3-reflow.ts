import { hasValues, type Segment } from './segments.js';
import { placeDisplacedRows } from './table3-displaced.js';
import { type Table3Entry, walkTable3 } from './table3-walk.js';

/**
 * `pdftotext -layout` of a Table 三 whose label columns are narrow: every label wraps over two to six lines and
 * its numbers stand on one of them (`1.本机关不掌` / `9 1 0 0 0 0 10` / `握相关政府信息`), the group labels wrap
 * beside them (`（四）无` … `法提供`) and 三、本年度办理结果 runs down the margin one character a line. Reflowed,
 * each label is its numbered first fragment plus the unnumbered ones after it, with the numbers among them.
 */

const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七]\s*[)）]|\d{1,2}\s*[.、．])/u;
const GROUP_START = /^\s*[（(]\s*([三四五六])\s*[)）]\s*(\S*)$/u;
const GROUP_WORDS: Record<string, string> = { 三: '不予公开', 四: '无法提供', 五: '不予处理', 六: '其他处理' };
/** One character standing alone: a margin label written downwards (三 、 本 年 度 …). */
const MARGIN = /^\s*\S\s*$/u;


function reflowTable3(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let open: Segment | null = null;
  let group: { out: Segment; numeral: string; words: string } | null = null;
  /** A cut group label that started beside an open label: it goes out after that label, which it does not end. */
  let held: Segment | null = null;
  const close = (): void => {
    if (open) out.push(open);
    if (held) out.push(held);
    open = null;
    held = null;
  };
  const attach = (numbers: Segment): void => {
    if (open && !hasValues(open)) {
      open = { ...open, values: numbers.values, inRow: numbers.inRow };
      return;
    }
    close();
    out.push(numbers);
  };
  for (const segment of segments) {
    const { label } = segment;
    const withValues = hasValues(segment);
    if (label !== null && MARGIN.test(label)) {
      if (withValues) attach({ ...segment, label: null });
      continue;
    }
    if (label === null) {
      attach(segment);
      continue;
    }
    const start = GROUP_START.exec(label);
    const full = start?.[1] ? GROUP_WORDS[start[1]] : undefined;
    if (start?.[1] && full && !withValues && full !== start[2] && full.startsWith(start[2] ?? '')) {
      // A group label cut by its column: kept apart, completed by the fragments that finish its words. Centred
      // beside its sub-rows, it may cut into one's wrapped label (`3.要求提供公开` / `（五）不    出版物` in
      // test/fixtures/layouts/16-pdftotext-layout-nanning-2020.txt): the words that do not finish it finish that one.
      group = { out: { ...segment, label: `（${start[1]}）${start[2] ?? ''}` }, numeral: start[1], words: start[2] ?? '' };
      if (open) {
        if (held) out.push(held);
        held = group.out;
      } else {
        close();
        out.push(group.out);
      }
      continue;
    }
    if (group && !NUMBERED.test(label) && (GROUP_WORDS[group.numeral] ?? '').startsWith(group.words + label.trim())) {
      group.words += label.trim();
      group.out.label = `（${group.numeral}）${group.words}`;
      if (withValues) attach({ ...segment, label: null });
      continue;
    }
    if (NUMBERED.test(label) || !open) {
      close();
      open = { ...segment, values: withValues ? segment.values : [] };
      continue;
    }
    const current: Segment = open;
    open = { ...current, label: `${current.label ?? ''}${label.trim()}` };
    if (withValues) attach({ ...segment, label: null });
  }
  close();
  return out;
}

/**
 * The walk of Table 三 as printed, or of its reflowed labels when that names more rows: a report whose labels
 * stand whole on their lines reads the same either way, and the first walk is kept.
 */
export function walkBest(segments: readonly Segment[]): Table3Entry[] {
  let reflowedSegments: Segment[] | null = null;
  const reflow = (): Segment[] => (reflowedSegments ??= reflowTable3(segments));
  // Labels moved away from their numbers are looked for in both readings: the reflow joins a wrapped one.
  const placed = (entries: readonly Table3Entry[]): Table3Entry[] =>
    entries.some((entry) => entry.row !== null && !entry.segment.inRow) ? placeDisplacedRows(entries, [segments, reflow()]) : [...entries];
  const entries = placed(walkTable3(segments));
  if (!entries.some((entry) => entry.row === null && !entry.subtotal)) return entries;
  const reflowed = placed(walkTable3(reflow()));
  return named(reflowed) > named(entries) ? reflowed : entries;
}

const named = (entries: readonly Table3Entry[]): number =>
  new Set(entries.filter((entry) => entry.row !== null && hasValues(entry.segment)).map((entry) => entry.row)).size;
