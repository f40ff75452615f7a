import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../../../functions/parse/read-report.js';
import type { ReadResult } from '../../../../functions/shared/model/report.js';
import { readPdf } from '../../../../functions/parse/formats/pdf/read-pdf.js';
import { stSongPdf } from '../../../support/pdf-fixtures-stsong.js';
import { buildPdf } from '../../../../corpus/pdf-report-builder.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../../../support/pdf-sample-2021.js';
import { splitTable } from '../../../support/report-fixtures-variants.js';

const tables = (result: ReadResult) => {
  if (result.status !== 'parsed') return result;
  const { table2, table3, table4, findings } = result.report;
  return { table2, table3, table4, findings };
};

describe('a PDF table whose header is printed again part way down', () => {
  const blocks = sampleReportBlocks(SAMPLE_2021_TABLES);
  let whole: ReturnType<typeof tables>;
  beforeAll(async () => {
    whole = tables(await readReport({ name: '年度报告.pdf', bytes: await buildPdf(blocks) }));
  });

  it.each([
    { name: 'at the top of the next page', table: 1, at: 5 },
    { name: 'before Table 三 row 8 of （三）', table: 1, at: 14 },
    { name: 'before （五） 3.', table: 1, at: 20 },
    { name: 'in Table 四', table: 2, at: 3 },
  ])('reads the same numbers when the header repeats $name', async ({ table, at }) => {
    const bytes = await buildPdf(splitTable(blocks, table, { at, header: 3 }));
    expect(tables(await readReport({ name: '年度报告.pdf', bytes }))).toEqual(whole);
  });

  it('reads the whole report without findings', () => {
    expect(whole).toMatchObject({ findings: [] });
  });
});

/** A scan as sites publish it: each page an image, with only a page number stamped on as text. */
async function stampedScan(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pages; number++) {
    doc.addPage([595, 842]).drawText(`- ${number} -`, { x: 290, y: 30, size: 9, font });
  }
  return doc.save();
}

describe('a scanned PDF with page numbers stamped on as text', () => {
  it('is rejected as a scan, not as a file without the report tables', async () => {
    const result = await readReport({ name: '年度报告.pdf', bytes: await stampedScan(3) });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
    expect(result.status === 'rejected' && result.findings[0].message).toMatch(/没有可读取的文字层/);
  });
});

describe('a PDF in a Chinese font it names but does not embed (STSong-Light, UniGB-UCS2-H)', () => {
  it('reads its text through the predefined CMap', async () => {
    const lines = ['北京市某局2020年政府信息公开工作年度报告', '一、总体情况', '全年收到政府信息公开申请12件。'];
    const { rows } = await readPdf(stSongPdf(lines));
    expect(rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(lines.map((line) => [line]));
  });
});
