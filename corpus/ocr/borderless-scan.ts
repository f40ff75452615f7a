import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { type ScanStyle, scanPdf } from './scan-pdf.js';

/** A report whose tables have no rulings at all (its Table 三 runs over two pages): the layout corpus's case 14. */
const BORDERLESS = new URL('../../test/fixtures/layouts/14-pdflib-borderless-xian-2022.pdf', import.meta.url);

/**
 * Where page 2 prints （七）总计's total, 32: the bottom bar of its 2 (points, y up). Scratched off, the 2 reads as a
 * 7 to the recogniser, and not surely: a misread digit of a table without rulings.
 */
const BAR_OF_THE_2 = { page: 1, x: 533.5, y: 650.5, width: 6, height: 1.6 } as const;

/** The borderless report as printed, and its scan with the 2 of 32 scratched (an image-only PDF). */
export async function scratchedBorderlessScan(style: ScanStyle): Promise<{ text: Uint8Array; scan: Uint8Array }> {
  const text = new Uint8Array(readFileSync(BORDERLESS));
  const printed = await PDFDocument.load(text);
  const { page, ...bar } = BAR_OF_THE_2;
  printed.getPage(page).drawRectangle({ ...bar, color: rgb(1, 1, 1) });
  return { text, scan: await scanPdf(await printed.save(), style) };
}
