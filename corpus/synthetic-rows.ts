import type { Table3, Table4 } from '../functions/shared/model/report.js';
import {
  APPLICANT_COLUMNS,
  TABLE2_COLUMN_LABELS,
  TABLE2_LAYOUT,
  TABLE2_ROW_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUP_LABELS,
  TABLE4_GROUPS,
  type Table2Column,
  type Table2Row,
  type Table3Row,
  type TemplateVersion,
} from '../functions/shared/model/template.js';
import type { LogicalRow } from './synthetic-layouts.js';
import type { SyntheticTable2 } from './synthetic-numbers.js';

/** Prints one number cell; `null` is a blank cell. */
export type FormatCell = (value: number | null, column?: Table2Column) => string;

/** Table 二's blocks: the 第二十条 item each row stands under (the template prints a header per block). */
const TABLE2_BLOCKS: readonly [string, readonly Table2Row[]][] = [
  ['（一）', ['regulations', 'normativeDocuments']],
  ['（五）', ['licensing', 'otherServices']],
  ['（六）', ['punishment', 'enforcement']],
  ['（八）', ['fees']],
  ['（九）', ['procurement']],
];

export function table2Rows(template: TemplateVersion, table: SyntheticTable2, format: FormatCell): LogicalRow[] {
  const layout = TABLE2_LAYOUT[template];
  return TABLE2_BLOCKS.flatMap(([item, blockRows]) => {
    const present = blockRows.filter((row) => layout[row] !== undefined);
    const columns = layout[present[0] as Table2Row] ?? [];
    if (present.length === 0) return [];
    return [
      { labels: [`第二十条第${item}项`], cells: [] },
      { labels: ['信息内容'], cells: columns.map((column) => TABLE2_COLUMN_LABELS[column]) },
      ...present.map((row) => ({
        labels: [TABLE2_ROW_LABELS[row]],
        cells: columns.map((column) => format(table[row]?.[column] ?? null, column)),
      })),
    ];
  });
}

export function table3Rows(rows: readonly Table3Row[], table: Table3, format: FormatCell): LogicalRow[] {
  const organisations = APPLICANT_COLUMNS.slice(1).map((column) => TABLE3_COLUMN_LABELS[column]);
  const header: LogicalRow[] = [
    { labels: ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'], cells: ['申请人情况'] },
    { labels: [''], cells: [TABLE3_COLUMN_LABELS.natural, '法人或其他组织', TABLE3_COLUMN_LABELS.total] },
    { labels: ['', ''], cells: organisations },
  ];
  let previousGroup = '';
  const body = rows.map((row) => {
    const [first = '', item] = TABLE3_ROW_LABELS[row].split(' ');
    const group = item === undefined ? '' : first;
    const labels = labelsOf(row, group === previousGroup ? '' : group, item ?? first);
    previousGroup = group;
    return { labels, cells: TABLE3_COLUMNS.map((column) => format(table[row]?.[column] ?? null)) };
  });
  return [...header, ...body];
}

/** Rows under 三、本年度办理结果 carry a merged first label cell; 一、二、四、 stand alone. */
function labelsOf(row: Table3Row, group: string, item: string): string[] {
  if (row === 'received' || row === 'carriedIn' || row === 'carriedOut') return [item];
  const section = row === 'granted' ? '三、本年度办理结果' : '';
  return group === '' && !row.includes('.') ? [section, item] : [section, group, item];
}

export function table4Rows(table: Table4, format: FormatCell): LogicalRow[] {
  const [review, suit] = [TABLE4_GROUP_LABELS.review, TABLE4_GROUP_LABELS.suitDirect.split('·')[0] ?? ''];
  const columnLabels = TABLE4_COLUMNS.map((column) => TABLE4_COLUMN_LABELS[column]);
  const suitLabels = [TABLE4_GROUP_LABELS.suitDirect, TABLE4_GROUP_LABELS.suitAfterReview].map(
    (label) => label.split('·')[1] ?? label,
  );
  return [
    { labels: [review, suit], cells: [] },
    { labels: [], cells: [...columnLabels, ...suitLabels] },
    { labels: [], cells: [...columnLabels, ...columnLabels] },
    { labels: [], cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => format(table[g]?.[c] ?? null))) },
  ];
}
