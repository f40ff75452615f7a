import type { Table3Row } from '../../shared/template.js';
import type { Segment } from './segments.js';
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
const hasValues = (segment: Segment): boolean => segment.values.some((cell) => cell.value.kind !== 'empty');

/**
 * Walks Table 三's segments in order and names each by its label. Header cells before the first row label are
 * skipped (总计 there is a column header). A label split over lines (`（三）不予` / `公开`) is joined when its
 * pieces match nothing alone. A parent label with no numbers only sets the block; （六）其他处理 followed by
 * numbers is the one-row （六）.
 */
export function walkTable3(segments: readonly Segment[]): Table3Entry[] {
  const entries: Table3Entry[] = [];
  let started = false;
  let block: Block | null = null;
  let pending: Segment | null = null;
  let otherParent: Segment | null = null;

  const take = (segment: Segment): void => {
    const own = segment.label === null ? null : matchTable3Label(segment.label, block);
    const joined = !own && pending && segment.label !== null ? { ...segment, label: `${pending.label}${segment.label}`, at: pending.at } : null;
    const label = own ?? (joined?.label ? matchTable3Label(joined.label, block) : null);
    const current = own ? segment : label && joined ? joined : segment;
    const isHeaderTotal = label?.kind === 'row' && label.row === 'handledTotal' && !started;
    if (!label || isHeaderTotal) {
      const last = entries[entries.length - 1];
      if (!label && last?.row && !hasValues(last.segment) && hasValues(segment)) {
        // A wrapped label whose numbers stand on its second line (pdftotext): the numbers are the label's.
        last.segment = { ...last.segment, values: segment.values, inRow: segment.inRow };
        return;
      }
      if (!label && otherParent && hasValues(segment)) {
        // Numbers under （六）: its wrapped line's when it has none, else unlabelled sub-rows under its subtotal.
        const wrapped = !hasValues(otherParent);
        const parent = wrapped ? { ...otherParent, values: segment.values, inRow: segment.inRow } : otherParent;
        entries.push(wrapped ? { row: 'otherHandling', segment: parent } : { row: null, segment: parent, subtotal: true });
        otherParent = null;
        if (wrapped) return;
      }
      if (segment.label === null ? hasValues(segment) : started && hasValues(segment)) entries.push({ row: null, segment });
      // A bare `（六）` that pdftotext put on a sub-row's middle line does not end the label fragment before it.
      const keep = pending !== null && segment.label !== null && BARE_NUMBERING.test(segment.label);
      pending = keep ? pending : segment.label !== null && !hasValues(segment) ? segment : null;
      return;
    }
    pending = null;
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
      else if (hasValues(current)) entries.push({ row: null, segment: current, subtotal: true });
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
