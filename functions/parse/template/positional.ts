import { type Finding, finding } from '../../shared/model/finding.js';
import { TABLE3_ROW_LABELS, type Table3Row } from '../../shared/model/template.js';
import type { Segment } from './segments.js';
import { causeFinding } from './shape-groups.js';
import type { Table3Entry } from './table3-walk.js';
import type { ReadSink } from './values.js';

/**
 * Which segment holds each Table 三 row. Labelled rows first; then each run of rows with no readable label is
 * placed by position, but only when it fills the gap between its labelled neighbours exactly and every row in
 * it has the right count (S-POSITIONAL names them). A run that does not fit is reported (S-SHAPE), not guessed.
 */
export function positionalPlacement(
  entries: readonly Table3Entry[],
  order: readonly Table3Row[],
  fits: (segment: Segment) => boolean,
  sink: ReadSink,
): Map<Table3Row, Segment> {
  const placed = new Map<Table3Row, Segment>();
  for (const { row, segment } of entries) if (row !== null && order.includes(row) && !placed.has(row)) placed.set(row, segment);
  const byPosition: Table3Row[] = [];
  let buffer: Table3Entry[] = [];
  let last = -1;
  const flush = (next: number): void => {
    if (buffer.length === 0) return;
    const gap = order.slice(last + 1, Math.max(next, last + 1)).filter((row) => !placed.has(row));
    const fill = (run: readonly Table3Entry[]): boolean => run.length === gap.length && run.every((entry) => fits(entry.segment));
    // A parent's subtotal is one of the rows only when the run needs it to fill the gap.
    const run = [buffer, buffer.filter((entry) => !entry.subtotal)].find(fill);
    if (run) {
      gap.forEach((row, index) => placed.set(row, (run[index] as Table3Entry).segment));
      byPosition.push(...gap);
    } else {
      for (const entry of buffer) sink.findings.push(unplacedFinding(entry.segment));
    }
    buffer = [];
  };
  for (const entry of entries) {
    const { row } = entry;
    if (row === null) {
      buffer.push(entry);
      continue;
    }
    const index = order.indexOf(row);
    if (index < 0) continue;
    flush(index);
    last = Math.max(last, index);
  }
  flush(order.length);
  if (byPosition.length > 0) {
    sink.findings.push(
      finding('S-POSITIONAL', {
        table: '三',
        message: `表三以下各行没有可辨认的行名，已按模板顺序读取：${byPosition.map((row) => TABLE3_ROW_LABELS[row]).join('、')}；请核对并补上行名`,
      }),
    );
  }
  return placed;
}

function unplacedFinding(segment: Segment): Finding {
  const actual = segment.values.filter((cell) => cell.value.kind !== 'empty').length;
  return causeFinding([{ table: '三', cause: 'unplaced', ...(segment.label ? { label: segment.label } : {}), actual, at: segment.at }]);
}
