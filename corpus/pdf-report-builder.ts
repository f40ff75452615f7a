import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
  rectangle,
  setFontAndSize,
  setLineWidth,
  showText,
  stroke,
} from 'pdf-lib';

/**
 * Draws report-like PDFs for the PDF reader's tests: prose wrapped to the page width, and ruled tables whose
 * cells may span rows and columns, hold wrapped or vertical (one character per line) text, and break across
 * pages, with a running header and a page number on every page. Text is drawn with a small subset of Noto Sans
 * SC (test/fixtures/pdf/make-font-subset.sh): a character missing from it throws, so rerun that script.
 */

export interface PdfCell {
  text: string;
  col: number;
  colSpan?: number;
  rowSpan?: number;
  /** One character per line, as narrow merged label cells print 结/果/维/持. */
  vertical?: boolean;
}
export type PdfTableRow = PdfCell[];
export type PdfBlock =
  | { kind: 'text'; text: string; center?: boolean; size?: number }
  | { kind: 'table'; widths: readonly number[]; rows: readonly PdfTableRow[] };

export interface PdfPageStyle {
  /** Running header at the top of every page; none when absent. */
  header?: string;
  /** The footer of page n: `- n -` unless given. */
  footer?: (page: number) => string;
}

const FONT_URL = new URL('../test/fixtures/pdf/noto-sans-sc-subset.otf', import.meta.url);
const PAGE = { width: 595.28, height: 841.89, margin: 56, top: 70, bottom: 70 } as const;
const BODY_SIZE = 10.5;
const TABLE_SIZE = 9;
const LEADING = 1.3;
const PAD = 4;

let fontBytes: Uint8Array | undefined;

/** Builds the PDF of the given blocks. */
export async function buildPdf(blocks: readonly PdfBlock[], style: PdfPageStyle = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  fontBytes ??= readFileSync(FONT_URL);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const pen = new Pen(doc, font);
  for (const block of blocks) {
    if (block.kind === 'text') pen.paragraph(block.text, block.size ?? BODY_SIZE, block.center ?? false);
    else pen.table(block.widths, block.rows);
  }
  doc.getPages().forEach((page, index) => decorate(page, font, index + 1, style));
  return doc.save({ useObjectStreams: false });
}

function decorate(page: PDFPage, font: PDFFont, number: number, style: PdfPageStyle): void {
  const footer = style.footer?.(number) ?? `- ${number} -`;
  const size = 9;
  drawText(page, font, footer, (PAGE.width - font.widthOfTextAtSize(footer, size)) / 2, 36, size);
  if (style.header) drawText(page, font, style.header, PAGE.margin, PAGE.height - 40, size);
}

const fontKeys = new WeakMap<PDFPage, PDFName>();

/**
 * Text and rules go down as bare operators: pdf-lib's drawText wraps every call in a q/Q pair, and pdfjs's text
 * extraction slows down with each one (it chains saved states), which would make the tests measure pdf-lib.
 */
function drawText(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number): void {
  const key = fontKeys.get(page) ?? page.node.newFontDictionary(font.name, font.ref);
  fontKeys.set(page, key);
  const glyphs = font.encodeText(text);
  page.pushOperators(beginText(), setFontAndSize(key, size), moveText(x, y), showText(glyphs), endText());
}

function drawBox(page: PDFPage, x: number, y: number, width: number, height: number): void {
  page.pushOperators(setLineWidth(0.5), rectangle(x, y, width, height), stroke());
}

/** Lays blocks out top to bottom, starting a new page when the next line or table row does not fit. */
class Pen {
  private page: PDFPage;
  private y = PAGE.height - PAGE.top;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
  }

  paragraph(text: string, size: number, center: boolean): void {
    const lineHeight = size * LEADING * 1.2;
    for (const line of this.wrap(text, PAGE.width - 2 * PAGE.margin, size)) {
      this.ensure(lineHeight);
      const width = this.font.widthOfTextAtSize(line, size);
      const x = center ? (PAGE.width - width) / 2 : PAGE.margin;
      drawText(this.page, this.font, line, x, this.y - size, size);
      this.y -= lineHeight;
    }
    this.y -= size * 0.4;
  }

  table(widths: readonly number[], rows: readonly PdfTableRow[]): void {
    const scale = (PAGE.width - 2 * PAGE.margin) / widths.reduce((sum, width) => sum + width, 0);
    const xs = widths.reduce<number[]>((acc, width) => [...acc, (acc.at(-1) ?? PAGE.margin) + width * scale], [
      PAGE.margin,
    ]);
    const heights = rows.map((row) =>
      Math.max(
        TABLE_SIZE * LEADING + 2 * PAD,
        ...row.filter((cell) => (cell.rowSpan ?? 1) === 1).map((cell) => this.cellHeight(cell, xs)),
      ),
    );
    let index = 0;
    while (index < rows.length) {
      // A row that starts a row span moves to the next page with the rows it spans.
      const groupEnd = Math.max(index + 1, ...(rows[index] ?? []).map((cell) => index + (cell.rowSpan ?? 1)));
      const groupHeight = heights.slice(index, groupEnd).reduce((sum, height) => sum + height, 0);
      this.ensure(groupHeight);
      let top = this.y;
      for (let r = index; r < groupEnd; r++) {
        for (const cell of rows[r] ?? []) {
          const height = heights.slice(r, r + (cell.rowSpan ?? 1)).reduce((sum, h) => sum + h, 0);
          this.cell(cell, xs, top, height);
        }
        top -= heights[r] ?? 0;
      }
      this.y = top;
      index = groupEnd;
    }
    this.y -= BODY_SIZE;
  }

  private cell(cell: PdfCell, xs: readonly number[], top: number, height: number): void {
    const x0 = xs[cell.col] ?? PAGE.margin;
    const x1 = xs[cell.col + (cell.colSpan ?? 1)] ?? x0;
    drawBox(this.page, x0, top - height, x1 - x0, height);
    const lines = this.cellLines(cell, x1 - x0);
    const lineHeight = TABLE_SIZE * LEADING;
    // Centred both ways, as Word prints merged cells.
    let baseline = top - (height - lines.length * lineHeight) / 2 - TABLE_SIZE;
    for (const line of lines) {
      const width = this.font.widthOfTextAtSize(line, TABLE_SIZE);
      drawText(this.page, this.font, line, (x0 + x1 - width) / 2, baseline, TABLE_SIZE);
      baseline -= lineHeight;
    }
  }

  private cellHeight(cell: PdfCell, xs: readonly number[]): number {
    const width = (xs[cell.col + (cell.colSpan ?? 1)] ?? 0) - (xs[cell.col] ?? 0);
    return this.cellLines(cell, width).length * TABLE_SIZE * LEADING + 2 * PAD;
  }

  private cellLines(cell: PdfCell, width: number): string[] {
    if (cell.text === '') return [];
    return cell.vertical ? [...cell.text] : this.wrap(cell.text, width - 2 * PAD, TABLE_SIZE);
  }

  private wrap(text: string, width: number, size: number): string[] {
    return wrapText(this.font, text, width, size);
  }

  private ensure(height: number): void {
    if (this.y - height >= PAGE.bottom) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.top;
  }
}

/** Text broken into lines no wider than `width` at `size`, character by character, as Chinese text wraps. */
export function wrapText(font: PDFFont, text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && font.widthOfTextAtSize(line + char, size) > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return line === '' ? lines : [...lines, line];
}
