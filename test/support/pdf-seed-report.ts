import type { ReportTables } from './pdf-report-tables.js';

const zeros = (count: number): string[] => Array<string>(count).fill('0');

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
    ...Object.fromEntries(
      [...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `denied.${n}`), 'unable.1', 'unable.2', 'unable.3']
        .concat([1, 2, 3, 4, 5].map((n) => `notHandled.${n}`), 'otherHandling')
        .map((row) => [row, zeros(7)]),
    ),
    handledTotal: ['1', '0', '0', '0', '0', '0', '0'],
    carriedOut: zeros(7),
  },
  table4: zeros(15),
};
