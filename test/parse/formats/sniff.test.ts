import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../functions/parse/formats/sniff.js';
import { expectSameTablesAsText } from '../../support/report-fixtures-html-docx-expect.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../../corpus/report-fixtures-html-docx-reports.js';
import { toDocx, toHtml } from '../../../corpus/report-fixtures-html-docx.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ', 'pdf'],
    ['a PDF with bytes before its header', `\n\n${' '.repeat(200)}%PDF-1.4`, 'pdf'],
    ['a zip', 'PK\u0003\u0004\u0014\u0000', 'docx'],
    ['a Word "web page"', '<html xmlns:o="urn:schemas-microsoft-com:office:office">', 'html'],
    ['a page with a BOM, a doctype and a comment', '\ufeff<!-- saved from url -->\n<!DOCTYPE HTML PUBLIC>', 'html'],
    ['a bare table', '  <table border=1><tr><td>1</td></tr></table>', 'html'],
    ['plain text', '一、总体情况\n<p>不是网页</p>', undefined],
    ['markdown with a table further down', '# 年度报告\n\n<table><tr><td>1</td></tr></table>', undefined],
  ])('reads %s', (_what, text, format) => {
    expect(sniffFormat(bytes(text))).toBe(format);
  });
});

describe('readReport on a report saved under the wrong name', () => {
  it.each([
    { name: 'a Word web page saved as .doc', file: '年度报告.doc', html: true, report: REPORT_2019 },
    { name: 'a crawled page saved as .txt', file: '年度报告.txt', html: true, report: REPORT_2021 },
    { name: 'a .docx renamed .doc', file: '年度报告.doc', html: false, report: REPORT_2021 },
    { name: 'a .docx with no extension', file: '年度报告', html: false, report: REPORT_2019 },
  ])('reads $name by its bytes', async ({ file, html, report }) => {
    const blocks = reportBlocks(report);
    await expectSameTablesAsText(report, { name: file, bytes: html ? bytes(toHtml(blocks)) : await toDocx(blocks) });
  });
});
