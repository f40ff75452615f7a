import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../../functions/parse/document.js';
import { readHtml } from '../../../../functions/parse/formats/html/read-html.js';
import { readReport } from '../../../../functions/parse/read-report.js';
import {
  expectRejected,
  expectRowsOfBlocks,
  expectSameTablesAsText,
} from '../../../support/report-fixtures-html-docx-expect.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../../../corpus/report-fixtures-html-docx-reports.js';
import { toHtml, toHtmlBytes } from '../../../../corpus/report-fixtures-html-docx.js';

const utf8 = (html: string): Uint8Array => new TextEncoder().encode(html);
const texts = (rows: readonly DocRow[]): string[][] => rows.map((row) => row.cells.map((cell) => cell.text));
const tableTexts = (rows: readonly DocRow[], table: number): string[][] =>
  texts(rows.filter((row) => row.table === table));

describe('readHtml on report pages', () => {
  it.each([
    { name: '2019 template', report: REPORT_2019 },
    { name: '2021 template', report: REPORT_2021 },
  ])('reads a $name page: paragraphs by line, every table cell at its grid column', ({ report }) => {
    const blocks = reportBlocks(report);
    expectRowsOfBlocks(readHtml(toHtmlBytes(blocks)).rows, blocks);
  });

  it('lines up Table 三 rows under merged label cells and a colspan header', () => {
    const table3 = tableTexts(readHtml(toHtmlBytes(reportBlocks(REPORT_2019))).rows, 1);
    expect(table3[1]).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(table3[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '0', '8', '1', '13', '2', '21', '45']);
    expect(table3[8]).toEqual(['', '', '2.其他法律行政法规禁止公开', '13', '2', '21', '3', '34', '5', '78']);
    expect(table3[23]).toEqual(['', '（六）其他处理', '', '13', '2', '21', '3', '34', '5', '78']);
    expect(table3.every((row) => row.length === 10)).toBe(true);
  });

  it('reads Table 四 under its two header rows as 15 values, and a blank cell as an empty cell', () => {
    const rows = readHtml(toHtmlBytes(reportBlocks(REPORT_2021))).rows;
    expect(tableTexts(rows, 2)[3]).toEqual(['2', '3', '0', '1', '6', '2', '3', '0', '1', '6', '2', '3', '0', '1', '6']);
    expect(tableTexts(rows, 1)[9]).toEqual(['', '', '3.危及“三安全一稳定”', '0', '8', '', '13', '2', '21', '45']);
    expect(tableTexts(rows, 0)[6]).toEqual(['行政许可', '', '57', '', '']);
  });

  it('reads a GBK page declaring gb2312 to the same rows as its UTF-8 version', () => {
    const blocks = reportBlocks(REPORT_2021);
    expect(readHtml(toHtmlBytes(blocks, { charset: 'gb2312' }))).toEqual(readHtml(toHtmlBytes(blocks)));
  });

  it('reads a page wrapped in a layout table as page flow, the report tables numbered from 0', () => {
    const blocks = reportBlocks(REPORT_2019);
    const paragraphs = ['首页 > 政府信息公开', ...blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []))];
    expectRowsOfBlocks(readHtml(toHtmlBytes(blocks, { layoutTable: true })).rows, blocks, paragraphs);
  });
});

describe('readHtml decoding', () => {
  const page = (charset: string, body: string): string =>
    `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;
  const firstText = (bytes: Uint8Array): string | undefined => readHtml(bytes).rows[0]?.cells[0]?.text;

  it.each([
    { name: 'GBK declared in <meta charset>', bytes: iconv.encode(page('gbk', '予以公开'), 'gbk') },
    { name: 'GBK with no declaration', bytes: iconv.encode('<p>予以公开</p>', 'gbk') },
    { name: 'GBK declared iso-8859-1 by a server default', bytes: iconv.encode(page('iso-8859-1', '予以公开'), 'gbk') },
    { name: 'Big5 declared as such', bytes: iconv.encode(page('big5', '予以公開'), 'big5'), text: '予以公開' },
    { name: 'UTF-8 with no declaration', bytes: utf8('<p>予以公开</p>') },
    { name: 'UTF-8 that still declares gb2312', bytes: utf8(page('gb2312', '予以公开')) },
    { name: 'UTF-8 with a BOM', bytes: utf8('\ufeff<p>予以公开</p>') },
    { name: 'UTF-16 LE with a BOM', bytes: iconv.encode('\ufeff<p>予以公开</p>', 'utf-16le') },
  ])('decodes $name', ({ bytes, text = '予以公开' }) => {
    expect(firstText(new Uint8Array(bytes))).toBe(text);
  });

  it('reads a gb2312 page with the GB18030 decoder, which knows four-byte characters', () => {
    const bytes = iconv.encode(page('gb2312', '𠀀街道'), 'gb18030');
    expect(firstText(new Uint8Array(bytes))).toBe('𠀀街道');
  });

  it('rejects bytes that are no known encoding with a Chinese message', () => {
    const message = expect.stringMatching(/^无法识别网页的文字编码/);
    const refusal = expect.objectContaining({ name: 'UnreadableFileError', message });
    expect(() => readHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xff, 0x80]))).toThrow(refusal);
  });
});

describe('readReport on .html reports', () => {
  it.each([
    { name: '2019-template page', report: REPORT_2019, options: {} },
    { name: '2021-template page with a blank cell', report: REPORT_2021, options: {} },
    { name: 'GBK page', report: REPORT_2019, options: { charset: 'gb2312' } as const },
    { name: 'page in a layout table', report: REPORT_2021, options: { layoutTable: true } },
  ])('reads a $name to the same Table 三/四 numbers as its text version', async ({ report, options }) => {
    await expectSameTablesAsText(report, { name: '年度报告.html', bytes: toHtmlBytes(reportBlocks(report), options) });
  });

  // The label's colspan filler is marked `merged`: the mapping step must not take it for 自然人.
  it('reads a blank 总计 cell as missing, without shifting the row', async () => {
    const html = toHtml(reportBlocks(REPORT_2019)).replace('<span>45</span>', '');
    const result = await readReport({ name: '年度报告.html', bytes: utf8(html) });
    const received = { natural: 0, commercial: 8, research: 1, publicInterest: 13, legal: 2, other: 21, total: null };
    expect(result.status === 'parsed' && result.report.table3?.received).toEqual(received);
  });

  it('rejects an undecodable page with S-FORMAT', async () => {
    await expectRejected({ name: 'report.htm', bytes: new Uint8Array([0xff, 0xff, 0x80]) }, /^无法识别网页的文字编码/);
  });
});
