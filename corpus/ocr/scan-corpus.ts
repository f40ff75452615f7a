import type { RuleId } from '../../functions/shared/model/finding.js';
import { buildPdf } from '../pdf-report-builder.js';
import { type ReportTables, reportSkeleton } from '../pdf-report-tables.js';
import { SEED_000_TABLES } from '../../test/support/pdf-seed-report.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../../test/support/pdf-sample-2021.js';
import { type ScanStyle, scanPdf } from './scan-pdf.js';

/**
 * The OCR corpus: text PDFs of both templates, clean and with real errors, and their scans. `errors` is what the
 * text PDF's check must find, written down from the tables before any code ran; the scan must find the same.
 */
export interface ScanCase {
  name: string;
  tables: ReportTables;
  style: ScanStyle;
  /** Each error's rule and the cell it names (the total that disagrees), as the check reports them. */
  errors: { rule: RuleId; row?: string; column?: string }[];
}

const zeros = (count: number): string[] => Array<string>(count).fill('0');

export const SCAN_CASES: readonly ScanCase[] = [
  {
    // Seed 000 as printed: （七）总计 says 1 0 0 0 0 0 0 — its total column says 0 where the row sums to 1, and no
    // result row holds the 1 自然人 application it counts.
    name: '2019-seed-000',
    tables: SEED_000_TABLES,
    style: { degrees: 1.2, quality: 70, noise: 0.003, seed: 19 },
    errors: [
      { rule: 'T3-ROW-TOTAL', row: 'handledTotal', column: 'total' },
      { rule: 'T3-HANDLED-SUM', row: 'handledTotal', column: 'natural' },
      { rule: 'T3-BALANCE', column: 'total' },
    ],
  },
  {
    name: '2021-clean',
    tables: SAMPLE_2021_TABLES,
    style: { degrees: -1.6, quality: 60, noise: 0.004, seed: 21 },
    errors: [],
  },
  {
    // （七）总计's total printed 8 where the row sums to 7; Table 四's 行政复议 total 3 where its parts sum to 2.
    name: '2021-wrong-totals',
    tables: {
      ...SAMPLE_2021_TABLES,
      table3: { ...SAMPLE_2021_TABLES.table3, handledTotal: ['6', '1', ...zeros(4), '8'] },
      table4: ['1', '0', '0', '1', '3', ...SAMPLE_2021_TABLES.table4.slice(5)],
    },
    style: { degrees: 0.7, quality: 75, noise: 0.002, seed: 22 },
    errors: [
      { rule: 'T3-ROW-TOTAL', row: 'handledTotal', column: 'total' },
      { rule: 'T3-HANDLED-SUM', row: 'handledTotal', column: 'total' },
      { rule: 'T3-BALANCE', column: 'total' },
      { rule: 'T4-GROUP-TOTAL', row: 'review', column: 'total' },
    ],
  },
];

/** The 2019 case's short report: seed 000's tables in the skeleton the 2021 sample uses. */
function blocks(scanCase: ScanCase) {
  if (scanCase.tables.template === '2021') return sampleReportBlocks(scanCase.tables);
  return reportSkeleton(scanCase.tables, {
    title: '北京市西城区天桥街道办事处2020年政府信息公开工作年度报告',
    titleSize: 14,
    overview: '2020年，街道认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请1件，已按期答复。',
    problems: '信息更新不够及时。下一步将完善工作机制，确保信息准确、及时发布。',
    other: '本机关未收取信息处理费。',
  });
}

/** The case's text PDF and its scan (an image-only PDF). */
export async function scanCasePdfs(scanCase: ScanCase): Promise<{ text: Uint8Array; scan: Uint8Array }> {
  const text = await buildPdf(blocks(scanCase));
  return { text, scan: await scanPdf(text, scanCase.style) };
}
