import { TABLE3_COLUMNS, type Table3Row } from '../../shared/model/template.js';
import { hasValues, type Segment } from './segments.js';
import { type Block, matchTable3Label, splitMergedLabel } from './table3-labels.js';

/** A Table 三 segment and the row its label names, or null for a row of numbers with no readable label. */
export interface Table3Entry {
  row: Table3Row | null;
  segment: Segment;
  /**
   * A parent label (三、本年度办理结果, （三）不予公开 …) printed with numbers: its block's subtotal, which no rule
   * checks, unless its sub-rows show the numbers are a sub-row's whose label was lost.
   */
  subtotal?: true;
}

const BARE_NUMBERING = /^[（(][一二三四五六七][)）]$/u;
const BARE_TOTAL = /^\s*[总合]\s*计\s*$/u;
const SUB_TOTAL = /^\s*小\s*计\s*$/u;

/** 小计, or an un-numbered 合计/总计 among （三）–（五）'s sub-rows: that group's subtotal, not （七）总计. */
function isBlockSubtotal(label: string, block: Block | null): boolean {
  return SUB_TOTAL.test(label) || (BARE_TOTAL.test(label) && (block === 'denied' || block === 'unable' || block === 'notHandled'));
}

/**
 * Walks Table 三's segments in order and names each by its label. Header cells before the first row label are
 * skipped (总计 there is a column header). A label split over lines (`（三）不予` / `公开`) is joined when its
 * pieces match nothing alone. A parent label sets the block, and its numbers, like 小计's, are a subtotal;
 * （六）其他处理 with numbers and no sub-rows after it is the one-row （六）.
 */
export function walkTable3(segments: readonly Segment[]): Table3Entry[] {
  const entries: Table3Entry[] = [];
  let started = false;
  let block: Block | null = null;
  let pending: Segment | null = null;
  let otherParent: Segment | null = null;

  const take = (segment: Segment): void => {
    if (segment.label !== null && isBlockSubtotal(segment.label, block)) {
      if (hasValues(segment)) entries.push({ row: null, segment, subtotal: true });
      pending = null;
      return;
    }
    const own = segment.label === null ? null : matchTable3Label(segment.label, block);
    const joined = !own && pending && segment.label !== null ? { ...segment, label: `${pending.label}${segment.label}`, at: pending.at } : null;
    const label = own ?? (joined?.label ? matchTable3Label(joined.label, block) : null);
    const current = own ? segment : label && joined ? joined : segment;
    const last = entries[entries.length - 1];
    // 总计 before the first row, or un-numbered with no numbers (a header repeated after a page break), is a column.
    // Un-numbered with the numbers that finish the one-a-line row above, it is that header cut into the row:
    // copy-paste text puts a page's footer and repeated header where the page broke
    // (test/fixtures/layouts/19-pdftotext-raw-kunming-2022.txt).
    const bareTotal = BARE_TOTAL.test(current.label ?? '');
    const finishesRow = bareTotal && last?.row && finishesLoneRow(last.segment, current);
    const isHeaderTotal =
      label?.kind === 'row' && label.row === 'handledTotal' && (!started || (bareTotal && !hasValues(current)));
    if (last && finishesRow) {
      last.segment = { ...last.segment, values: [...last.segment.values, ...current.values] };
      pending = null;
      return;
    }
    if (!label || isHeaderTotal) {
      if (!label && last?.row && !hasValues(last.segment) && hasValues(segment)) {
        // A wrapped label whose numbers stand on its second line (pdftotext): the numbers are the label's.
        last.segment = { ...last.segment, values: segment.values, inRow: segment.inRow };
        return;
      }
      if (!label && otherParent && hasValues(segment)) {
        const wrapped = otherParent.values.length === 0;
        const entry = wrapped ? wrappedOther(otherParent, segment) : subtotalOf(otherParent);
        if (entry) entries.push(entry);
        otherParent = null;
        if (wrapped) return;
      }
      if (segment.label === null ? hasValues(segment) : started && hasValues(segment)) entries.push({ row: null, segment });
      // A bare `（六）` that pdftotext put on a sub-row's middle line does not end the label fragment before it.
      const keep = pending !== null && segment.label !== null && BARE_NUMBERING.test(segment.label);
      pending = keep ? pending : segment.label !== null && !hasValues(segment) ? segment : null;
      return;
    }
    // A group label pdftotext printed on a wrapped sub-row's middle line does not end the fragment above it.
    if (!(label.kind === 'parent' && current.values.length === 0 && own)) pending = null;
    if (otherParent && !(label.kind === 'row' && label.block === 'other')) {
      entries.push({ row: 'otherHandling', segment: otherParent });
    }
    otherParent = null;
    started = true;
    if (label.kind === 'row') {
      entries.push({ row: label.row, segment: current });
      block = label.block;
    } else {
      // （六） is a row itself unless sub-rows follow it; then its numbers, like any parent's, are a subtotal.
      block = label.block;
      if (label.block === 'other') otherParent = current;
      else {
        const subtotal = subtotalOf(current);
        if (subtotal) entries.push(subtotal);
      }
    }
  };

  for (const segment of segments) {
    if (segment.label === null) {
      take(segment);
      continue;
    }
    const pieces = splitMergedLabel(segment.label);
    pieces.forEach((piece, index) => {
      take({ ...segment, label: piece, values: index === pieces.length - 1 ? segment.values : [] });
    });
  }
  if (otherParent) entries.push({ row: 'otherHandling', segment: otherParent });
  return entries;
}

/**
 * Numbers with no label right after （六）: a （六） label with no cells at all wrapped them from its own line
 * (the one-row （六））; after a row of empty cells or a subtotal they are （六）'s unlabelled sub-rows.
 */
function wrappedOther(parent: Segment, numbers: Segment): Table3Entry {
  return { row: 'otherHandling', segment: { ...parent, values: numbers.values, inRow: numbers.inRow } };
}

/** Whether a one-a-line row short of Table 三's width is made whole by the numbers of another. */
function finishesLoneRow(row: Segment, more: Segment): boolean {
  const count = row.values.length;
  return !row.inRow && !more.inRow && count > 0 && count < TABLE3_COLUMNS.length && count + more.values.length === TABLE3_COLUMNS.length;
}

function subtotalOf(parent: Segment): Table3Entry | null {
  return hasValues(parent) ? { row: null, segment: parent, subtotal: true } : null;
}
