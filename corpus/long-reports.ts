import { PDFDocument } from 'pdf-lib';
import { buildPdf, type PdfBlock } from './pdf-report-builder.js';
import { narrativeParagraphs } from './synthetic-prose.js';

/** Long narrative goes at the end of section 一, before this heading: where real reports run long. */
const SECTION_TWO = '二、主动公开政府信息情况';

/** A report's text with `utf8Bytes` of narrative added to section 一: a long report whose tables still add up. */
export function withNarrativeText(text: string, utf8Bytes: number): string {
  const at = text.indexOf(`\n${SECTION_TWO}`);
  if (at < 0) throw new Error(`no ${SECTION_TWO} heading to put the narrative before`);
  return `${text.slice(0, at)}\n${narrativeParagraphs(utf8Bytes).join('\n\n')}\n${text.slice(at)}`;
}

/** The same for a report's blocks (report-fixtures-html-docx.ts and pdf-report-builder.ts draw them). */
export function withNarrativeBlocks(blocks: readonly PdfBlock[], utf8Bytes: number): PdfBlock[] {
  const at = blocks.findIndex((block) => block.kind === 'text' && block.text === SECTION_TWO);
  if (at < 0) throw new Error(`no ${SECTION_TWO} heading to put the narrative before`);
  const narrative = narrativeParagraphs(utf8Bytes).map((text): PdfBlock => ({ kind: 'text', text }));
  return [...blocks.slice(0, at), ...narrative, ...blocks.slice(at)];
}

/** About what one A4 page of the builder's body text holds, in UTF-8 bytes; the tables take about three pages. */
const BYTES_PER_PAGE = 4_500;
const TABLE_PAGES = 3;

/** The report as a PDF of at least `pages` pages, its section 一 lengthened with narrative until it is that long. */
export async function pdfOfPages(blocks: readonly PdfBlock[], pages: number): Promise<Uint8Array> {
  const first = Math.max(0, pages - TABLE_PAGES) * BYTES_PER_PAGE;
  for (let narrative = first; ; narrative += BYTES_PER_PAGE / 2) {
    const bytes = await buildPdf(withNarrativeBlocks(blocks, narrative));
    if ((await PDFDocument.load(bytes)).getPageCount() >= pages) return bytes;
  }
}
