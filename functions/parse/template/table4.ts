import { finding } from '../../shared/model/finding.js';
import type { Table4 } from '../../shared/model/report.js';
import {
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUP_LABELS,
  TABLE4_GROUPS,
  type Table4Group,
} from '../../shared/model/template.js';
import type { DocRow } from '../document.js';
import { type ClassifiedCell, classifyCell } from './cells.js';
import { fitValues, type Segment, valueCount } from './segments.js';
import { placeText } from './shape-groups.js';
import { type ReadSink, readRow, type RowTarget } from './values.js';

const COLUMNS = TABLE4_COLUMNS.map((key) => ({ key, label: TABLE4_COLUMN_LABELS[key], kind: 'count' as const }));
const EXPECTED = TABLE4_GROUPS.length * COLUMNS.length;

function groupTarget(group: Table4Group): RowTarget {
  return { table: '四', row: group, rowLabel: TABLE4_GROUP_LABELS[group], columns: COLUMNS };
}

/**
 * Table 四 has no row labels: its fifteen values follow the header rows, in group order 行政复议,
 * 未经复议直接起诉, 复议后起诉, each 维持, 纠正, 其他, 尚未审结, 总计. Returns undefined when the region holds
 * no values at all; a count other than fifteen is S-SHAPE and the table is left out.
 */
export function readTable4(rows: readonly DocRow[], sink: ReadSink): Table4 | undefined {
  const segment = valueSegment(rows);
  if (!segment) return undefined;
  const cells = fitValues(segment, EXPECTED);
  if (!cells) {
    const actual = valueCount(segment);
    const place = placeText(segment.at);
    sink.findings.push(
      finding('S-SHAPE', {
        table: '四',
        expected: EXPECTED,
        actual,
        message: `表四${place ? `（${place}）` : ''}读到 ${actual} 个数，模板应有 ${EXPECTED} 个（行政复议、未经复议直接起诉、复议后起诉各 5 个）；请按模板逐格填写，表四未予采用`,
        at: segment.at,
      }),
    );
    return {};
  }
  const table4: Table4 = {};
  TABLE4_GROUPS.forEach((group, index) => {
    const values = readRow(groupTarget(group), cells.slice(index * COLUMNS.length, (index + 1) * COLUMNS.length), sink);
    table4[group] = {
      upheld: values.upheld ?? null,
      corrected: values.corrected ?? null,
      other: values.other ?? null,
      pending: values.pending ?? null,
      total: values.total ?? null,
    };
  });
  return table4;
}

/** Every value cell of the region in order, as one segment; header text and the layout's empty cells left out. */
function valueSegment(rows: readonly DocRow[]): Segment | null {
  const values: ClassifiedCell[] = [];
  let blankRow: ClassifiedCell[] | null = null;
  for (const row of rows) {
    const cells = row.cells.filter((cell) => !cell.merged).map(classifyCell);
    // A real table's row of fifteen empty cells: the values row left blank, which is blanks, not a missing table.
    if (row.table !== undefined && cells.length === EXPECTED && cells.every((cell) => cell.value.kind === 'empty')) blankRow = cells;
    if (cells.length === 1 && !row.table) {
      const cell = cells[0] as ClassifiedCell;
      if (cell.value.kind === 'text' || (cell.value.kind === 'empty' && values.length === 0)) continue;
      values.push(cell);
      continue;
    }
    const first = cells.findIndex((cell) => cell.value.kind !== 'empty' && cell.value.kind !== 'text');
    if (first >= 0) values.push(...cells.slice(first).filter((cell) => cell.value.kind !== 'text'));
  }
  const found = values.length > 0 ? values : (blankRow ?? []);
  const at = found[0]?.cell.at;
  return at ? { label: null, at, values: found, inRow: true } : null;
}
