import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocRow, DocumentRows } from '../../../../functions/parse/document.js';
import { readPdf } from '../../../../functions/parse/formats/pdf/read-pdf.js';
import { MAX_PAGES } from '../../../../functions/parse/formats/pdf/load.js';
import { UnreadableFileError } from '../../../../functions/parse/formats/unreadable.js';
import { buildPdf } from '../../../../corpus/pdf-report-builder.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../../../support/pdf-sample-2021.js';
import { encryptedPdf, scannedPdf } from '../../../support/pdf-unreadable-files.js';

const HEADER = '示例街道政务公开';
/** A row's cells as the mapper reads them: a span's `merged` filler is layout, not a cell. */
const texts = (row: DocRow | undefined): string[] => row?.cells.filter((cell) => !cell.merged).map((cell) => cell.text) ?? [];
const rowWith = (doc: DocumentRows, text: string): DocRow | undefined =>
  doc.rows.find((row) => row.cells.some((cell) => cell.text === text));
const tableRows = (doc: DocumentRows, table: number): DocRow[] => doc.rows.filter((row) => row.table === table);

describe('readPdf on a 2021-template report', () => {
  let doc: DocumentRows;
  beforeAll(async () => {
    const blank = ['', '0', '0', '0', '0', '0', '0'];
    const tables = { ...SAMPLE_2021_TABLES, table3: { ...SAMPLE_2021_TABLES.table3, 'denied.2': blank } };
    doc = await readPdf(await buildPdf(sampleReportBlocks(tables), { header: HEADER }));
  });

  it('reads prose and headings as one-cell rows with their page and line', () => {
    const heading = rowWith(doc, '一、总体情况');
    expect(heading?.table).toBeUndefined();
    expect(heading?.cells).toEqual([{ text: '一、总体情况', at: { page: 1, line: expect.any(Number) } }]);
  });

  it('finds the three tables, in order', () => {
    expect(rowWith(doc, '本年制发件数')?.table).toBe(0);
    expect(rowWith(doc, '（七）总计')?.table).toBe(1);
    expect(tableRows(doc, 2).at(-1)?.cells).toHaveLength(15);
  });

  it('puts each Table 三 number under its column, a blank cell as an empty cell in its place', () => {
    expect(texts(rowWith(doc, '一、本年新收政府信息公开申请数量'))).toEqual(['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '6']);
    expect(texts(rowWith(doc, '2.其他法律行政法规禁止公开')).slice(-7)).toEqual(['', '0', '0', '0', '0', '0', '0']);
    expect(texts(rowWith(doc, '3.其他')).slice(-7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  });

  it('joins a wrapped label and a parent label centred in its merged cell to the block’s first row', () => {
    const partial = rowWith(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(texts(partial).slice(-7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(texts(rowWith(doc, '1.属于国家秘密'))[0]).toBe('（三）不予公开');
    expect(texts(rowWith(doc, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'))[0]).toBe('（六）其他处理');
    expect(texts(rowWith(doc, '4.保护第三方合法权益'))[0]).toBe('4.保护第三方合法权益');
  });

  it('continues Table 三 across the page break as one table', () => {
    const pages = new Set(tableRows(doc, 1).map((row) => row.cells[0]?.at.page));
    expect(pages.size).toBeGreaterThan(1);
    expect(tableRows(doc, 1).map((row) => row.cells[0]?.at.row)).toEqual(tableRows(doc, 1).map((_, index) => index));
  });

  it('keeps page numbers and running headers out of the rows', () => {
    const all = doc.rows.flatMap(texts);
    expect(all.filter((text) => /^- \d+ -$/.test(text) || text === HEADER)).toEqual([]);
  });

  it('does not turn a vertical label into rows or cells of single characters', () => {
    const singles = tableRows(doc, 1).flatMap(texts).filter((text) => /^[三、本年度办理结果]$/.test(text));
    expect(singles).toEqual([]);
    expect(tableRows(doc, 2).flatMap(texts)).toContain('结果维持');
  });

  it('gives every table cell its page, table, row and cell', () => {
    const row = rowWith(doc, '（七）总计');
    expect(row?.cells[1]?.at).toEqual({ page: expect.any(Number), table: 1, row: expect.any(Number), cell: 1 });
  });
});

describe('readPdf on other layouts', () => {
  it('keeps a note printed under a table out of the table’s last row', async () => {
    const blocks = sampleReportBlocks(SAMPLE_2021_TABLES);
    const at = blocks.findIndex((block) => block.kind === 'text' && block.text.startsWith('四、'));
    blocks.splice(at, 0, { kind: 'text', text: '注：本表数据截至12月31日。' });
    const doc = await readPdf(await buildPdf(blocks));
    expect(texts(rowWith(doc, '四、结转下年度继续办理'))).toEqual(['四、结转下年度继续办理', ...Array<string>(7).fill('0')]);
    expect(doc.rows.flatMap(texts)).toContain('注：本表数据截至12月31日。');
  });

  it('drops 第n页 footers on every page', async () => {
    const blocks = sampleReportBlocks(SAMPLE_2021_TABLES);
    const doc = await readPdf(await buildPdf(blocks, { footer: (page) => `第${page}页` }));
    expect(doc.rows.flatMap(texts).filter((text) => /第\d+页/.test(text))).toEqual([]);
  });
});

describe('readPdf on files it cannot read', () => {
  it.each([
    { name: 'a scanned page (no text layer)', file: scannedPdf, message: /没有可读取的文字层.*\.docx/ },
    { name: 'an encrypted file', file: async () => encryptedPdf(), message: /已加密.*\.docx/ },
    { name: 'bytes that are not a PDF', file: async () => new TextEncoder().encode('这不是PDF文件'), message: /损坏/ },
  ])('rejects $name with a Chinese message', async ({ file, message }) => {
    const error = await readPdf(await file()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a file of more pages than any annual report without reading them', async () => {
    const doc = await PDFDocument.create();
    for (let page = 0; page <= MAX_PAGES; page++) doc.addPage();
    await expect(readPdf(await doc.save())).rejects.toThrow(/超过200页/);
  });

  it('rejects a truncated file', async () => {
    const bytes = await buildPdf(sampleReportBlocks(SAMPLE_2021_TABLES));
    await expect(readPdf(bytes.slice(0, 600))).rejects.toBeInstanceOf(UnreadableFileError);
  });
});
