import type { PdfBlock } from './pdf-report-builder.js';
import { type ReportTables, table2Block, table3Block, table4Block } from './pdf-report-tables.js';

const zeros = (count: number): string[] => Array<string>(count).fill('0');
const row = (natural: string, commercial: string, total: string): string[] => [
  natural,
  commercial,
  ...zeros(4),
  total,
];

/**
 * A 2021-template report whose Table 三 balances (6 + 1 received and carried in = 7 handled), with （六） in three
 * sub-rows. Tests blank cells and wrong totals by overriding rows.
 */
export const SAMPLE_2021_TABLES: ReportTables = {
  template: '2021',
  table2: {
    regulations: ['0', '0', '2'],
    normativeDocuments: ['1', '0', '5'],
    licensing: ['12'],
    punishment: ['3'],
    enforcement: ['0'],
    fees: ['0.5'],
  },
  table3: {
    received: row('5', '1', '6'),
    carriedIn: row('1', '0', '1'),
    granted: row('2', '0', '2'),
    partial: row('1', '0', '1'),
    ...Object.fromEntries([1, 2, 3, 5, 6, 7, 8].map((n) => [`denied.${n}`, zeros(7)])),
    'denied.4': row('1', '0', '1'),
    'unable.1': row('1', '1', '2'),
    'unable.2': zeros(7),
    'unable.3': zeros(7),
    ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`notHandled.${n}`, zeros(7)])),
    'otherHandling.1': zeros(7),
    'otherHandling.2': zeros(7),
    'otherHandling.3': row('1', '0', '1'),
    handledTotal: row('6', '1', '7'),
    carriedOut: zeros(7),
  },
  table4: ['1', '0', '0', '0', '1', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'],
};

/** A short 2021-template report around the given tables: title, the six section headings, a paragraph each. */
export function sampleReportBlocks(tables: ReportTables): PdfBlock[] {
  const text = (value: string): PdfBlock => ({ kind: 'text', text: value });
  return [
    { kind: 'text', text: '北京市西城区示例街道2024年政府信息公开工作年度报告', center: true, size: 14 },
    text('一、总体情况'),
    text(
      '2024年，街道认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请6件，' +
        '已全部按期答复，主动公开政府信息的内容和形式进一步规范。',
    ),
    text('二、主动公开政府信息情况'),
    table2Block(tables),
    text('三、收到和处理政府信息公开申请情况'),
    table3Block(tables),
    text('四、政府信息公开行政复议、行政诉讼情况'),
    table4Block(tables),
    text('五、存在的主要问题及改进情况'),
    text('信息更新不够及时。下一步将完善工作机制，确保信息准确、及时发布。'),
    text('六、其他需要报告的事项'),
    text('本机关未收取信息处理费。'),
  ];
}
