import type { Table2 } from '../../shared/model/report.js';
import {
  AMOUNT_COLUMNS,
  SIGNED_COLUMNS,
  TABLE2_COLUMN_LABELS,
  TABLE2_LAYOUT,
  TABLE2_ROW_LABELS,
  type Table2Column,
  type Table2Row,
  type TemplateVersion,
} from '../../shared/model/template.js';
import { type LabelCandidate, matchLabel, normalizeLabel } from './labels.js';
import { fitValues, hasValues, type Segment, trimmedValues, valueCount } from './segments.js';
import { headerUnits, readTable2Row } from './table2-amounts.js';
import { type ColumnTarget, missingRowFinding, type ReadSink, type RowTarget, shapeFinding } from './values.js';

const CANDIDATES: readonly LabelCandidate<Table2Row>[] = (Object.keys(TABLE2_ROW_LABELS) as Table2Row[]).map((key) => ({
  key,
  aliases: key === 'normativeDocuments' ? ['规范性文件', '行政规范性文件'] : [TABLE2_ROW_LABELS[key]],
}));

/**
 * The rows a check reads (X-STOCK: 规章 and 行政规范性文件 on the 2021 template): missing, they are S-SHAPE.
 * Real reports drop other rows (政府集中采购, 行政事业性收费) or replace 其他对外管理服务事项 by sub-rows
 * (行政检查, 行政确认 …); no rule reads them, so their absence is not an error the agency is asked to fix.
 */
const REQUIRED: Record<TemplateVersion, readonly Table2Row[]> = {
  '2019': [],
  '2021': ['regulations', 'normativeDocuments'],
};

function columnTarget(key: Table2Column): ColumnTarget {
  const kind = SIGNED_COLUMNS.includes(key) ? 'signed' : AMOUNT_COLUMNS.includes(key) ? 'amount' : 'count';
  return { key, label: TABLE2_COLUMN_LABELS[key], kind };
}

function rowTarget(row: Table2Row, columns: readonly Table2Column[], template: TemplateVersion): RowTarget {
  // The 2021 template renamed 规范性文件; findings use the name the agency's template prints.
  const rowLabel = template === '2021' && row === 'normativeDocuments' ? '行政规范性文件' : TABLE2_ROW_LABELS[row];
  return { table: '二', row, rowLabel, columns: columns.map(columnTarget) };
}

/**
 * Table 二 from its region's segments, by label, with the template's columns. Rows the template does not have
 * (行政检查 under 其他对外管理服务事项, a district's additions) are kept as read in `extraRows`.
 * Returns undefined when no Table 二 row is found.
 */
export function readTable2(segments: readonly Segment[], template: TemplateVersion | null, sink: ReadSink): Table2 | undefined {
  const found = new Map<Table2Row, Segment>();
  const extraRows: Table2['extraRows'] = [];
  segments.forEach((segment, index) => {
    if (segment.label === null) return;
    const withValues = hasValues(segment);
    const next = segments[index + 1];
    // A label wrapped onto the next line with its numbers on the first (`行政规范性  1 0 3` / `文件`, pdftotext).
    const tail = withValues && next?.label && !hasValues(next) ? next.label : '';
    const match =
      matchLabel(normalizeLabel(segment.label), CANDIDATES) ??
      (tail ? matchLabel(normalizeLabel(`${segment.label}${tail}`), CANDIDATES) : null);
    // A label row of empty cells with its numbers on the unlabelled row below (markdown from PDF).
    const below = match && !withValues && next?.label === null && hasValues(next) ? next : null;
    if (match && !found.has(match.key)) found.set(match.key, below ? { ...segment, values: below.values, inRow: below.inRow } : segment);
    else if (!match && withValues) extraRows.push({ label: segment.label, cells: extraCells(segment) });
  });
  if (found.size === 0) return undefined;
  const table2: Table2 = { rows: {}, extraRows };
  if (!template) return table2;
  const units = headerUnits(segments);
  for (const [row, columns] of Object.entries(TABLE2_LAYOUT[template]) as [Table2Row, Table2Column[]][]) {
    const segment = found.get(row);
    const target = rowTarget(row, columns, template);
    const required = REQUIRED[template].includes(row);
    // 其他对外管理服务事项 with no numbers heads its sub-rows (行政检查 …): a parent, not a row of blanks.
    if (row === 'otherServices' && segment && valueCount(segment) === 0) continue;
    if (!segment) {
      if (required) sink.findings.push(missingRowFinding(target));
      continue;
    }
    const cells = fitValues(segment, columns.length);
    if (cells) table2.rows[row] = readTable2Row(target, cells, units, sink);
    else if (required || valueCount(segment) > 0) sink.findings.push(shapeFinding(target, valueCount(segment), segment.at));
  }
  return table2;
}

function extraCells(segment: Segment): (number | null)[] {
  return trimmedValues(segment).values.map((cell) => (cell.value.kind === 'number' ? cell.value.value : null));
}
