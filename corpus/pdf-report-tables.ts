import {
  TABLE2_COLUMN_LABELS,
  TABLE2_ROW_LABELS,
  TABLE3_ROW_LABELS,
  TABLE3_ROWS,
  type Table2Row,
  type Table3Row,
  type TemplateVersion,
} from '../functions/shared/model/template.js';
import type { PdfBlock, PdfCell, PdfTableRow } from './pdf-report-builder.js';

/** The three tables of a report as printed (strings: '' is a blank cell, '无' a word), laid out as Word prints them. */
export interface ReportTables {
  template: TemplateVersion;
  table2: Partial<Record<Table2Row, string[]>>;
  /** Sub-rows printed under 其他对外管理服务事项 instead of its own numbers (行政检查, 行政确认 …). */
  table2SubRows?: { label: string; cells: string[] }[];
  table3: Partial<Record<Table3Row, string[]>>;
  table4: string[];
}

const values = (cells: readonly string[], from: number): PdfCell[] =>
  cells.map((text, index) => ({ text, col: from + index }));

export function table2Block({ template, table2, table2SubRows = [] }: ReportTables): PdfBlock {
  const head = (title: string, columns: string[], spans: number[]): PdfTableRow[] => [
    [{ text: title, col: 0, colSpan: 5 }],
    [{ text: '信息内容', col: 0, colSpan: 2 }, ...columns.map((text, i) => ({ text, col: 2 + i, colSpan: spans[i] }))],
  ];
  const label = (key: Table2Row) =>
    template === '2021' && key === 'normativeDocuments' ? '行政规范性文件' : TABLE2_ROW_LABELS[key];
  const row = (key: Table2Row, spans: number[] = [1, 1, 1]): PdfTableRow => [
    { text: label(key), col: 0, colSpan: 2 },
    ...(table2[key] ?? []).map((text, i) => ({ text, col: 2 + i, colSpan: spans[i] })),
  ];
  const other: PdfTableRow[] = table2SubRows.map((sub, index) => [
    ...(index === 0 ? [{ text: TABLE2_ROW_LABELS.otherServices, col: 0, rowSpan: table2SubRows.length }] : []),
    { text: sub.label, col: 1 },
    ...values(sub.cells, 2),
  ]);
  const c = TABLE2_COLUMN_LABELS;
  const rows: PdfTableRow[] =
    template === '2019'
      ? [
          ...head('第二十条第（一）项', [c.newlyMade, c.newlyPublished, c.totalPublished], [1, 1, 1]),
          row('regulations'),
          row('normativeDocuments'),
          ...head('第二十条第（五）项', [c.previousCount, c.change, c.decisions], [1, 1, 1]),
          row('licensing'),
          ...(other.length > 0 ? other : [row('otherServices')]),
          ...head('第二十条第（六）项', [c.previousCount, c.change, c.decisions], [1, 1, 1]),
          row('punishment'),
          row('enforcement'),
          ...head('第二十条第（八）项', [c.previousCount, c.change], [1, 1]),
          row('fees'),
          ...head('第二十条第（九）项', ['采购项目数量', '采购总金额（万元，保留四位小数）'], [1, 2]),
          row('procurement', [1, 2]),
        ]
      : [
          ...head('第二十条第（一）项', [c.issued, c.repealed, c.inForce], [1, 1, 1]),
          row('regulations'),
          row('normativeDocuments'),
          ...head('第二十条第（五）项', ['本年处理决定数量'], [3]),
          row('licensing', [3]),
          ...head('第二十条第（六）项', ['本年处理决定数量'], [3]),
          row('punishment', [3]),
          row('enforcement', [3]),
          ...head('第二十条第（八）项', ['本年收费金额（单位：万元）'], [3]),
          row('fees', [3]),
        ];
  return { kind: 'table', widths: [2, 1.6, 1.3, 1.3, 1.3], rows: fixSpans(rows) };
}

/** Cells after a column-spanning value start where the span ends. */
function fixSpans(rows: PdfTableRow[]): PdfTableRow[] {
  return rows.map((row) => {
    let col = 0;
    return row.map((cell) => {
      const placed = { ...cell, col: Math.max(cell.col, col) };
      col = placed.col + (cell.colSpan ?? 1);
      return placed;
    });
  });
}

const BLOCKS: { label: string; rows: Table3Row[] }[] = [
  { label: '（三）不予公开', rows: TABLE3_ROWS.filter((row) => row.startsWith('denied.')) },
  { label: '（四）无法提供', rows: TABLE3_ROWS.filter((row) => row.startsWith('unable.')) },
  { label: '（五）不予处理', rows: TABLE3_ROWS.filter((row) => row.startsWith('notHandled.')) },
  { label: '（六）其他处理', rows: TABLE3_ROWS.filter((row) => row.startsWith('otherHandling.')) },
];
const SUB_LABEL = /^（[三四五六]）[^ ]+ /;
const LABEL = { ...TABLE3_ROW_LABELS, partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' };

export function table3Block({ table3 }: ReportTables): PdfBlock {
  const cells = (key: Table3Row): PdfCell[] => values(table3[key] ?? [], 3);
  const full = (key: Table3Row): PdfTableRow => [{ text: LABEL[key], col: 0, colSpan: 3 }, ...cells(key)];
  const result = (key: Table3Row): PdfTableRow[] => {
    const block = BLOCKS.find((candidate) => candidate.rows.includes(key));
    if (!block) return [[{ text: LABEL[key], col: 1, colSpan: 2 }, ...cells(key)]];
    if (block.rows[0] !== key) return [];
    return block.rows
      .filter((row) => table3[row])
      .map((row, index, present) => [
        ...(index === 0 ? [{ text: block.label, col: 1, rowSpan: present.length }] : []),
        { text: LABEL[row].replace(SUB_LABEL, ''), col: 2 },
        ...cells(row),
      ]);
  };
  const results = TABLE3_ROWS.filter((key) => !['received', 'carriedIn', 'carriedOut'].includes(key) && table3[key]);
  const resultRows = results.flatMap(result);
  const [first, ...rest] = resultRows;
  const header: PdfTableRow[] = [
    [
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', col: 0, colSpan: 3, rowSpan: 3 },
      { text: '申请人情况', col: 3, colSpan: 7 },
    ],
    [{ text: '自然人', col: 3, rowSpan: 2 }, { text: '法人或其他组织', col: 4, colSpan: 5 }, { text: '总计', col: 9, rowSpan: 2 }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text, i) => ({ text, col: 4 + i })),
  ];
  return {
    kind: 'table',
    widths: [0.9, 1.6, 3.2, 1, 1, 1, 1, 1, 1, 1],
    rows: [
      ...header,
      full('received'),
      full('carriedIn'),
      [{ text: '三、本年度办理结果', col: 0, rowSpan: resultRows.length, vertical: true }, ...(first ?? [])],
      ...rest,
      full('carriedOut'),
    ],
  };
}


export function table4Block({ table4 }: ReportTables): PdfBlock {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return {
    kind: 'table',
    widths: Array<number>(15).fill(1),
    rows: [
      [
        { text: '行政复议', col: 0, colSpan: 5 },
        { text: '行政诉讼', col: 5, colSpan: 10 },
      ],
      [
        ...results.map((text, i) => ({ text, col: i, rowSpan: 2, vertical: i === 0 })),
        { text: '未经复议直接起诉', col: 5, colSpan: 5 },
        { text: '复议后起诉', col: 10, colSpan: 5 },
      ],
      [...results, ...results].map((text, i) => ({ text, col: 5 + i })),
      values(table4, 0),
    ],
  };
}

/** The prose a fixture report puts around its tables. */
export interface ReportProse {
  title: string;
  titleSize?: number;
  overview: string;
  problems: string;
  other: string;
}

/** A whole report as blocks: the title, the six section headings with their prose, and the three tables. */
export function reportSkeleton(tables: ReportTables, prose: ReportProse): PdfBlock[] {
  const text = (value: string): PdfBlock => ({ kind: 'text', text: value });
  return [
    { kind: 'text', text: prose.title, center: true, ...(prose.titleSize === undefined ? {} : { size: prose.titleSize }) },
    text('一、总体情况'),
    text(prose.overview),
    text('二、主动公开政府信息情况'),
    table2Block(tables),
    text('三、收到和处理政府信息公开申请情况'),
    table3Block(tables),
    text('四、政府信息公开行政复议、行政诉讼情况'),
    table4Block(tables),
    text('五、存在的主要问题及改进情况'),
    text(prose.problems),
    text('六、其他需要报告的事项'),
    text(prose.other),
  ];
}
