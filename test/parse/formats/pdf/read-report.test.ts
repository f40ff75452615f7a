import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../../functions/shared/model/report.js';
import { checkReport } from '../../../../functions/validate/check-report.js';
import { buildPdf } from '../../../../corpus/pdf-report-builder.js';
import type { ReportTables } from '../../../../corpus/pdf-report-tables.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../../../support/pdf-sample-2021.js';
import { SEED_000_TABLES, seedReportBlocks } from '../../../support/pdf-seed-report.js';
import { SEEDS_RUN, seedPath } from '../../../support/seeds.js';

async function read(name: string, bytes: Uint8Array): Promise<ReadReport> {
  const result = await readReport({ name, bytes });
  if (result.status !== 'parsed') throw new Error(`${name} was rejected: ${JSON.stringify(result.findings)}`);
  return result.report;
}

const tablesOf = (report: ReadReport) => ({ table2: report.table2, table3: report.table3, table4: report.table4 });

describe.runIf(SEEDS_RUN)('a PDF of seed 000 (needs ../shared/seeds)', () => {
  it('reads to exactly the Table 二/三/四 numbers the seed text reads to', async () => {
    const path = seedPath('000_');
    const seed = readFileSync(path);
    const pdf = await buildPdf(seedReportBlocks(seed.toString('utf8'), SEED_000_TABLES), { header: '天桥街道' });
    const [fromText, fromPdf] = [await read(basename(path), seed), await read('000.pdf', pdf)];
    expect(tablesOf(fromPdf)).toEqual(tablesOf(fromText));
    expect(fromPdf.table3?.handledTotal).toEqual({ ...fromText.table3?.handledTotal, natural: 1, total: 0 });
    const meta = (report: ReadReport) => [report.year, report.template, report.agency];
    expect(meta(fromPdf)).toEqual(meta(fromText));
    expect(fromPdf.findings.map(({ rule, row, column }) => ({ rule, row, column }))).toEqual(
      fromText.findings.map(({ rule, row, column }) => ({ rule, row, column })),
    );
  });
});

describe('a 2021-template PDF report through readReport', () => {
  const withRows = (rows: ReportTables['table3']): ReportTables => ({
    ...SAMPLE_2021_TABLES,
    table3: { ...SAMPLE_2021_TABLES.table3, ...rows },
  });
  let clean: ReadReport;
  let faulty: ReadReport;
  beforeAll(async () => {
    clean = await read('clean.pdf', await buildPdf(sampleReportBlocks(SAMPLE_2021_TABLES)));
    const injected = withRows({
      'denied.2': ['', '0', '0', '0', '0', '0', '0'],
      handledTotal: ['6', '1', '0', '0', '0', '0', '8'],
    });
    faulty = await read('faulty.pdf', await buildPdf(sampleReportBlocks(injected)));
  });

  it('reads every table, with （六） in three sub-rows, and raises no error', () => {
    expect(clean.template).toBe('2021');
    const received = { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 };
    expect(clean.table3?.received).toEqual(received);
    expect(clean.table3?.['otherHandling.3']?.total).toBe(1);
    expect(clean.table3?.['unable.1']?.commercial).toBe(1);
    expect(clean.table4?.suitDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(clean.table2?.rows.licensing?.decisions).toBe(12);
    expect(checkReport(clean).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reads a blank cell as missing and lets the rules see an injected total error', () => {
    expect(faulty.table3?.['denied.2']?.natural).toBeNull();
    expect(faulty.table3?.handledTotal?.total).toBe(8);
    const errors = checkReport(faulty).findings.filter((finding) => finding.severity === 'error');
    const found = errors.map(({ rule, row }) => ({ rule, row }));
    expect(found).toContainEqual({ rule: 'T3-ROW-TOTAL', row: 'handledTotal' });
    expect(errors.filter((finding) => finding.rule.startsWith('S-'))).toEqual([]);
  });
});
