import type { Provenance } from '../../shared/model/finding.js';
import { TABLE3_COLUMNS, type Table3Row } from '../../shared/model/template.js';
import { hasValues, type Segment } from './segments.js';
import { table3Order } from './table3.js';
import { blockOfRow, matchTable3Label, splitMergedLabel } from './table3-labels.js';
import type { Table3Entry } from './table3-walk.js';

/**
 * Rows whose labels a PDF viewer's copy-paste moved. Plain `pdftotext` gives a table one cell a line in reading
 * order, and the label of a row beside a row-spanning group cell comes out with the group's, after the numbers
 * (test/fixtures/layouts/20-pdftotext-raw-nanchang-2021.txt, 19-pdftotext-raw-kunming-2022.txt): the numbers of
 * such a row run on after the row above's, which then holds two or three rows' worth, and its label stands alone
 * further down. A careful reader splits that run into whole rows and gives each to the next row of the template
 * only when that row's own label is printed there with no numbers; otherwise the run stays one row (S-SHAPE).
 */
export function placeDisplacedRows(entries: readonly Table3Entry[], segmentLists: readonly (readonly Segment[])[]): Table3Entry[] {
  const width = TABLE3_COLUMNS.length;
  const overfull = (entry: Table3Entry): boolean => {
    const { values, inRow } = entry.segment;
    const whole = values.length > width && values.length % width === 0;
    return entry.row !== null && !inRow && whole && values.every((cell) => cell.value.kind !== 'empty');
  };
  if (!entries.some(overfull)) return [...entries];
  const filled = new Set(entries.filter((entry) => hasValues(entry.segment)).map((entry) => entry.row));
  // Where the walk joined a moved label's pieces (`1.信访举报投诉` … `类申请`), its entry holds the whole label.
  const stranded: StrandedLabel[] = [...segmentLists, entries.map((entry) => entry.segment)]
    .flat()
    .filter((segment) => segment.label !== null && !hasValues(segment))
    .flatMap((segment) => splitMergedLabel(segment.label ?? '').map((text) => ({ text, at: segment.at })));
  const labelOf = (row: Table3Row): StrandedLabel | undefined =>
    stranded.find(({ text }) => {
      const match = matchTable3Label(text, blockOfRow(row));
      return match?.kind === 'row' && match.row === row;
    });
  const out: Table3Entry[] = [];
  for (const entry of entries) {
    const split = overfull(entry) ? splitRun(entry, width, (row) => (filled.has(row) ? undefined : labelOf(row))) : null;
    if (!split) {
      out.push(entry);
      continue;
    }
    split.slice(1).forEach(({ row }) => filled.add(row));
    out.push(...split);
  }
  // A moved label, now given its numbers, stands no more as a row of its own.
  return out.filter((entry) => entry.row === null || hasValues(entry.segment) || !filled.has(entry.row));
}

interface StrandedLabel {
  text: string;
  at: Provenance;
}

/** The run cut into whole rows, the first its own and the rest the template's next rows, or null when a label is not printed. */
function splitRun(entry: Table3Entry, width: number, labelOf: (row: Table3Row) => StrandedLabel | undefined): Table3Entry[] | null {
  const { segment } = entry;
  const rows = segment.values.length / width;
  for (const shape of ['split', 'single'] as const) {
    const order = table3Order(shape);
    const at = order.indexOf(entry.row as Table3Row);
    const next = at < 0 ? [] : order.slice(at + 1, at + rows);
    const labels = next.map(labelOf);
    if (next.length !== rows - 1 || labels.some((label) => label === undefined)) continue;
    const chunk = (index: number) => segment.values.slice(index * width, (index + 1) * width);
    return [
      { row: entry.row, segment: { ...segment, values: chunk(0) } },
      ...next.map((row, index) => {
        const label = labels[index] as StrandedLabel;
        return { row, segment: { label: label.text, at: label.at, values: chunk(index + 1), inRow: false } };
      }),
    ];
  }
  return null;
}
