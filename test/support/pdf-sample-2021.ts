import type { PdfBlock } from '../../corpus/pdf-report-builder.js';
import { type ReportTables, reportSkeleton } from '../../corpus/pdf-report-tables.js';

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
  return reportSkeleton(tables, {
    title: '北京市西城区示例街道2024年政府信息公开工作年度报告',
    titleSize: 14,
    overview:
      '2024年，街道认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请6件，' +
      '已全部按期答复，主动公开政府信息的内容和形式进一步规范。',
    problems: '信息更新不够及时。下一步将完善工作机制，确保信息准确、及时发布。',
    other: '本机关未收取信息处理费。',
  });
}
