import type { ReportData } from './report-data.js';

/** The text layouts the reader must read, each generated from the same tables. */
export const TEXT_LAYOUTS = ['cell-per-line', 'pipe', 'markdown', 'tab', 'spaces', 'pdf-layout'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

type Rows = string[][];

const TABLE3_HEADER: Rows = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
  ['', '自然人', '法人或其他组织', '总计'],
  ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];
const TABLE4_HEADER: Rows = [
  ['行政复议', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
];

function table2Rows(data: ReportData): Rows {
  const header = data.template === '2019' ? ['本年新制作数量', '本年新公开数量', '对外公开总数量'] : ['本年制发件数', '本年废止件数', '现行有效件数'];
  return [['第二十条第（一）项'], ['信息内容', ...header], ...data.table2.map(([label, cells]) => [label, ...cells])];
}

/** Table 三 rows as a merged-cell table prints them: the parent label on its first row only. */
function table3Rows(data: ReportData): Rows {
  let lastParent: string | undefined;
  return data.table3.map(({ row, parent, label, cells }) => {
    const first = row === 'granted' ? '三、本年度办理结果' : parent && parent !== lastParent ? parent : parent ? '' : null;
    lastParent = parent;
    return first === null ? [label, ...cells] : [first, label, ...cells];
  });
}

function wrap(data: ReportData, tables: { two: string[]; three: string[]; four: string[] }): string {
  return [
    data.agency,
    `${data.year}年政府信息公开工作年度报告`,
    '一、总体情况',
    `${data.year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请若干件。`,
    '二、主动公开政府信息情况',
    ...tables.two,
    '三、收到和处理政府信息公开申请情况',
    ...tables.three,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...tables.four,
    '五、存在的主要问题及改进情况',
    '一是公开内容还不够全面；二是解读形式较为单一。下一步将加强培训，提升公开质量。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

const pipe = (rows: Rows): string[] => rows.map((cells) => `${cells.join(' | ')} |`);
const markdown = (rows: Rows): string[] => [
  `| ${(rows[0] ?? []).join(' | ')} |`,
  `|${(rows[0] ?? []).map(() => '---').join('|')}|`,
  ...rows.slice(1).map((cells) => `| ${cells.join(' | ')} |`),
];
const tab = (rows: Rows): string[] => rows.map((cells) => `\t${cells.join('\t')}`);
const spaces = (rows: Rows): string[] => rows.map((cells) => cells.filter((cell) => cell !== '').join(' '));

/** One cell per line, tab-indented, blank lines between rows; a long parent label broken over two lines. */
const cellPerLine = (rows: Rows): string[] =>
  rows.flatMap((cells) => [
    ...cells.map((cell) => (/^（[三四五]）/.test(cell) ? `\t${cell.slice(0, 5)}\n\n${cell.slice(5)}` : `\t${cell}`)),
    '',
  ]);

/** `pdftotext -layout`: columns padded by runs of spaces, parent labels written downwards one character a line. */
function pdfLayout(rows: Rows, pageBreakAfter?: number): string[] {
  const lines: string[] = [];
  let vertical: string[] = [];
  rows.forEach((cells, index) => {
    const [first = '', ...rest] = cells;
    const parent = Number.isNaN(Number(rest[0])) ? /^(三、|（[三四五六]）)/.exec(first) : null;
    if (parent) vertical = [parent[0], ...first.slice(parent[0].length)];
    const lead = parent || (first === '' && vertical.length > 0) ? (vertical.shift() ?? '') : '';
    const body = (parent || first === '' ? rest : cells).filter((cell) => cell !== '');
    lines.push(`  ${lead.padEnd(6)}${body.join('    ')}`);
    if (index === pageBreakAfter) lines.push('', '                              - 3 -', '\f某某年度报告', '');
  });
  return [...lines, ...vertical.map((ch) => `  ${ch}`)];
}

export function renderReport(data: ReportData, layout: TextLayout): string {
  const table4Values = [data.table4.slice()];
  const render: Record<TextLayout, (rows: Rows, page?: number) => string[]> = {
    'cell-per-line': cellPerLine,
    pipe,
    markdown,
    tab,
    spaces,
    'pdf-layout': pdfLayout,
  };
  const out = render[layout];
  return wrap(data, {
    two: out(table2Rows(data)),
    three: out([...TABLE3_HEADER, ...table3Rows(data)], 12),
    four: out([...TABLE4_HEADER, ...table4Values]),
  });
}
