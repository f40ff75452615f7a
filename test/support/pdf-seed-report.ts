import type { PdfBlock } from '../../corpus/pdf-report-builder.js';
import { type ReportTables, table2Block, table3Block, table4Block } from '../../corpus/pdf-report-tables.js';

const zeros = (count: number): string[] => Array<string>(count).fill('0');
const ZERO_RESULT_ROWS = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `denied.${n}`),
  ...[1, 2, 3].map((n) => `unable.${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `notHandled.${n}`),
];

/** Seed 000's three tables as printed (2019 template, 天桥街道 2020), for the PDF rendering of that seed. */
export const SEED_000_TABLES: ReportTables = {
  template: '2019',
  table2: {
    regulations: zeros(3),
    normativeDocuments: zeros(3),
    licensing: zeros(3),
    punishment: ['0', '+400', '144'],
    enforcement: ['20', '+20', '0'],
    fees: ['1', '无'],
    procurement: ['85', '572.6113'],
  },
  table2SubRows: [
    { label: '行政检查', cells: zeros(3) },
    { label: '行政确认', cells: zeros(3) },
  ],
  table3: {
    received: ['1', '0', '0', '0', '0', '0', '1'],
    carriedIn: zeros(7),
    granted: zeros(7),
    partial: zeros(7),
    ...Object.fromEntries(ZERO_RESULT_ROWS.map((row) => [row, zeros(7)])),
    otherHandling: zeros(7),
    handledTotal: ['1', '0', '0', '0', '0', '0', '0'],
    carriedOut: zeros(7),
  },
  table4: zeros(15),
};

const SECTION = /^(?:[一二三四五六]|\d)\s*、/;

/**
 * A seed's prose (title, headings, paragraphs) with its tables drawn as real tables: the seed's tab-indented table
 * lines are replaced by the given tables, in order, after the headings of sections 二, 三 and 四.
 */
export function seedReportBlocks(seedText: string, tables: ReportTables): PdfBlock[] {
  const drawn = [table2Block(tables), table3Block(tables), table4Block(tables)];
  const blocks: PdfBlock[] = [];
  let inTable = false;
  for (const line of seedText.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const text = line.trim();
    const inCell = line.startsWith('\t');
    if (!inCell && SECTION.test(text)) inTable = false;
    if (inCell) {
      if (!inTable) blocks.push(drawn.shift() ?? { kind: 'text', text });
      inTable = true;
    } else if (text !== '' && !inTable) {
      blocks.push({ kind: 'text', text, center: blocks.length < 2 });
    }
  }
  return blocks;
}
