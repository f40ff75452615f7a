import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import iconv from 'iconv-lite';
import type { PdfBlock, PdfTableRow } from './pdf-report-builder.js';

/**
 * Renders report blocks (report-fixtures-html-docx-reports.ts) as the HTML and .docx readers meet them:
 * a government web page (optionally GBK, optionally wrapped in a layout table) and a Word document whose merged
 * cells are real vMerge/gridSpan merges; and as pipe text, the same report for the text reader.
 */

export interface HtmlOptions {
  /** Declared in a `<meta http-equiv>` tag; 'gb2312' also encodes the page in GBK. @default 'utf-8' */
  charset?: 'utf-8' | 'gb2312';
  /** Wraps the page in a one-column layout table with a navigation row, as many government sites do. */
  layoutTable?: boolean;
}

const inColumnOrder = (row: PdfTableRow): PdfTableRow => [...row].sort((a, b) => a.col - b.col);
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlRow(row: PdfTableRow): string {
  const cells = inColumnOrder(row).map((cell) => {
    const colspan = cell.colSpan ? ` colspan="${cell.colSpan}"` : '';
    const rowspan = cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : '';
    // Word-exported pages wrap every cell's text in a paragraph and a span, and pad with &nbsp;.
    const body = cell.text ? `<p class="MsoNormal"><span>${escape(cell.text)}</span></p>` : '&nbsp;';
    return `<td${colspan}${rowspan} valign="center">\n  ${body}\n</td>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

function htmlBlock(block: PdfBlock): string {
  if (block.kind === 'table') {
    return `<table border="1" cellspacing="0"><tbody>\n${block.rows.map(htmlRow).join('\n')}\n</tbody></table>`;
  }
  return block.center ? `<h1 style="text-align:center">${escape(block.text)}</h1>` : `<p>${escape(block.text)}</p>`;
}

export function toHtml(blocks: readonly PdfBlock[], options: HtmlOptions = {}): string {
  const charset = options.charset ?? 'utf-8';
  const content = `<div class="article">\n${blocks.map(htmlBlock).join('\n')}\n</div>`;
  const body = options.layoutTable
    ? `<table width="100%"><tr><td><a href="/">首页</a> &gt; 政府信息公开</td></tr><tr><td>${content}</td></tr></table>`
    : content;
  return [
    '<!DOCTYPE html><html><head>',
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    '<title>政府信息公开</title><style>td { border: 1px solid #000 }</style>',
    '<script>var pageTitle = "<p>不是正文</p>";</script>',
    `</head><body>\n${body}\n</body></html>`,
  ].join('\n');
}

export function toHtmlBytes(blocks: readonly PdfBlock[], options: HtmlOptions = {}): Uint8Array {
  const html = toHtml(blocks, options);
  return options.charset === 'gb2312' ? new Uint8Array(iconv.encode(html, 'gbk')) : new TextEncoder().encode(html);
}

function docxRow(row: PdfTableRow): TableRow {
  const cells = inColumnOrder(row);
  return new TableRow({
    children: cells.map(
      (cell) =>
        new TableCell({ children: [new Paragraph(cell.text)], columnSpan: cell.colSpan, rowSpan: cell.rowSpan }),
    ),
  });
}

export async function toDocx(blocks: readonly PdfBlock[]): Promise<Uint8Array> {
  const children = blocks.map((block) => {
    if (block.kind === 'table') return new Table({ rows: block.rows.map(docxRow) });
    if (!block.center) return new Paragraph(block.text);
    return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The report as pipe text (seed 002's layout): a table row per line, its cells in column order. */
export function toPipeText(blocks: readonly PdfBlock[]): string {
  const line = (row: PdfTableRow): string => inColumnOrder(row).map((cell) => cell.text).join(' | ');
  return blocks.map((block) => (block.kind === 'text' ? block.text : block.rows.map(line).join('\n'))).join('\n');
}
