import { finding } from '../../shared/model/finding.js';
import type { Table3, Table3Cells } from '../../shared/model/report.js';
import {
  RESULT_ROWS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  type Table3Row,
  type TemplateVersion,
} from '../../shared/model/template.js';
import { positionalPlacement } from './positional.js';
import { fitValues, type Segment, valueCount } from './segments.js';
import type { Table3Entry } from './table3-walk.js';
import { missingRowFinding, type ReadSink, readRow, type RowTarget, shapeFinding } from './values.js';

export type OtherShape = keyof typeof RESULT_ROWS;

const COLUMNS = TABLE3_COLUMNS.map((key) => ({ key, label: TABLE3_COLUMN_LABELS[key], kind: 'count' as const }));

export function table3Target(row: Table3Row): RowTarget {
  return { table: '三', row, rowLabel: TABLE3_ROW_LABELS[row], columns: COLUMNS };
}

/** Table 三's rows in template order for a shape of （六）. */
export function table3Order(shape: OtherShape): readonly Table3Row[] {
  return ['received', 'carriedIn', ...RESULT_ROWS[shape], 'handledTotal', 'carriedOut'];
}

export interface Table3Reading {
  table3?: Table3;
  /** The shape of （六） the report uses: a template signal. */
  shape?: OtherShape;
}

/**
 * Table 三 from its region's walked segments: each row by its label, rows without a label by position only when they
 * fill the gaps exactly, a row whose count of values is off left out with S-SHAPE, a missing row S-SHAPE.
 */
export function readTable3(entries: readonly Table3Entry[], template: TemplateVersion | null, sink: ReadSink): Table3Reading {
  if (entries.length === 0) return {};
  const labelled = new Set(entries.map((entry) => entry.row));
  const order = table3Order(shapeOf(labelled, entries.length, template));
  const fits = (segment: Segment): boolean => fitValues(segment, COLUMNS.length) !== null;
  const placed = positionalPlacement(entries, order, fits, sink);
  const table3: Table3 = {};
  for (const row of order) {
    const segment = placed.get(row);
    if (!segment) {
      sink.findings.push(missingRowFinding(table3Target(row)));
      continue;
    }
    const cells = fitValues(segment, COLUMNS.length);
    if (!cells) {
      sink.findings.push(shapeFinding(table3Target(row), valueCount(segment), segment.at));
      continue;
    }
    const values = readRow(table3Target(row), cells, sink);
    table3[row] = Object.fromEntries(TABLE3_COLUMNS.map((column) => [column, values[column] ?? null])) as Table3Cells;
  }
  for (const entry of entries) {
    if (entry.row !== null && !order.includes(entry.row)) {
      sink.findings.push(
        finding('S-SHAPE', {
          table: '三',
          row: entry.row,
          rowLabel: TABLE3_ROW_LABELS[entry.row],
          message: `表三「（六）其他处理」既有分项又有单行，无法确定模板格式；请只保留一种`,
          at: entry.segment.at,
        }),
      );
    }
  }
  return { table3, shape: order.includes('otherHandling') ? 'single' : 'split' };
}

/** （六）'s shape as the report's labels show it, or null when they do not say: a template signal. */
export function labelledShape(entries: readonly Table3Entry[]): OtherShape | null {
  const rows = new Set(entries.map((entry) => entry.row));
  const shape = shapeOf(rows, 0, null);
  return rows.has('otherHandling') || shape === 'split' ? shape : null;
}

/**
 * （六）'s shape: as labelled; with no labels at all, the shape whose row count the numbers fill; else the
 * template's own (one row for 2019, three for 2021).
 */
function shapeOf(labelled: ReadonlySet<Table3Row | null>, entries: number, template: TemplateVersion | null): OtherShape {
  if (['otherHandling.1', 'otherHandling.2', 'otherHandling.3'].some((row) => labelled.has(row as Table3Row))) {
    return 'split';
  }
  if (labelled.has('otherHandling')) return 'single';
  if (labelled.size === 1 && labelled.has(null)) {
    if (entries === table3Order('split').length) return 'split';
    if (entries === table3Order('single').length) return 'single';
  }
  return template === '2021' ? 'split' : 'single';
}
