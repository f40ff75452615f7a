import { readFileSync } from 'node:fs';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { type ScanStyle, scanPdf } from './scan-pdf.js';

/** A report whose tables have no rulings at all (its Table 三 runs over two pages): the layout corpus's case 14. */
const BORDERLESS = new URL('../../test/fixtures/layouts/14-pdflib-borderless-xian-2022.pdf', import.meta.url);

/** Where page 2 prints （七）总计's total, 32 (points, y up): right-aligned at x 538 on the baseline y 651. */
const TOTAL = { page: 1, right: 538, baseline: 651 } as const;

/**
 * How that 32 is spoiled on paper: `scratched`, the bottom bar of its 2 scratched off (the recogniser reads a 7,
 * not surely); `small`, printed at 4 pt (at 150 dpi its digits are 7 px high, read right but not surely).
 */
export type Spoil = 'scratched' | 'small';

/** The borderless report as printed, and its scan (an image-only PDF) with the total 32 spoiled. */
export async function spoiledBorderlessScan(spoil: Spoil, style: ScanStyle): Promise<{ text: Uint8Array; scan: Uint8Array }> {
  const text = new Uint8Array(readFileSync(BORDERLESS));
  const printed = await PDFDocument.load(text);
  const page = printed.getPage(TOTAL.page);
  const white = rgb(1, 1, 1);
  if (spoil === 'scratched') {
    page.drawRectangle({ x: TOTAL.right - 4.5, y: TOTAL.baseline - 0.5, width: 6, height: 1.6, color: white });
  } else {
    const font = await printed.embedFont(StandardFonts.Helvetica);
    page.drawRectangle({ x: TOTAL.right - 10, y: TOTAL.baseline - 2, width: 12, height: 9, color: white });
    page.drawText('32', { x: TOTAL.right - font.widthOfTextAtSize('32', 4), y: TOTAL.baseline, size: 4, font });
  }
  return { text, scan: await scanPdf(await printed.save(), style) };
}
