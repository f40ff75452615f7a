import { describe, expect, it } from 'vitest';
import { readTextWithHtmlTables } from '../../../../functions/parse/formats/text/html-tables.js';
import type { PdfBlock } from '../../../../corpus/pdf-report-builder.js';
import { expectSameTablesAsText } from '../../../support/report-fixtures-html-docx-expect.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../../../corpus/report-fixtures-html-docx-reports.js';
import { toHtml } from '../../../../corpus/report-fixtures-html-docx.js';

/** The report as a markdown converter writes merged-cell tables: headings and prose as markdown, tables as HTML. */
function markdownWithHtmlTables(blocks: readonly PdfBlock[]): string {
  const tables = [...toHtml(blocks).matchAll(/<table[\s\S]*?<\/table>/g)].map((match) => match[0]);
  let table = 0;
  return blocks
    .map((block) => {
      if (block.kind === 'table') return tables[table++];
      return /^[一二三四五六]、/.test(block.text) ? `## ${block.text}` : block.text;
    })
    .join('\n\n');
}

describe('text with HTML tables in it', () => {
  it.each([REPORT_2019, REPORT_2021])('reads the HTML tables of a .md report ($tables.template)', async (report) => {
    const markdown = markdownWithHtmlTables(reportBlocks(report));
    await expectSameTablesAsText(report, { name: '年度报告.md', bytes: new TextEncoder().encode(markdown) });
  });

  it('refuses text with more HTML tables than any report has, quickly and in Chinese', () => {
    const text = '段落\n<table><tr><td>甲</td><td>1</td></tr></table>\n'.repeat(100_000);
    const started = performance.now();
    const refusal = expect.objectContaining({ message: expect.stringMatching(/^文件结构过于复杂/) });
    expect(() => readTextWithHtmlTables(text)).toThrow(refusal);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('keeps the text around the tables at its lines and numbers the tables in order', () => {
    const text =
      '# 标题\n\n<table><tr><td>甲</td><td>1</td></tr></table>\n| 说明 | 2 |\n<TABLE>\n<tr><td>乙</td><td>3</td></tr>';
    const { rows } = readTextWithHtmlTables(text);
    expect(rows.map((row) => [row.table, row.cells.map((cell) => cell.text), row.cells[0]?.at])).toEqual([
      [undefined, ['标题'], { line: 1 }],
      [0, ['甲', '1'], { table: 0, row: 0, cell: 0 }],
      [undefined, ['说明', '2'], { line: 4 }],
      [1, ['乙', '3'], { table: 1, row: 0, cell: 0 }],
    ]);
  });
});
