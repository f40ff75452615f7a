import { pdfFromObjects } from '../../support/pdf-objects.js';

/**
 * A PDF whose pages hold the given numbers of text items, each the word `a` on a line of its own (so no two merge
 * into one item and the layout stays cheap), written by hand: pdf-lib takes seconds for tens of thousands of items.
 */
export function pdfWithTextItems(itemsPerPage: readonly number[]): Uint8Array {
  const height = 7 * Math.max(...itemsPerPage) + 50; // a tall page: text off the page is not text pdf.js reports
  const streams = itemsPerPage.map((count) => {
    const lines = Array.from({ length: count }, (_, i) => `1 0 0 1 40 ${i * 7} Tm (a) Tj`);
    const content = `BT /F1 5 Tf ${lines.join(' ')} ET`;
    return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  const pageIds = itemsPerPage.map((_, page) => 4 + 2 * page);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...streams.flatMap((stream, page) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${height}] /Resources << /Font << /F1 3 0 R >> >> ` +
        `/Contents ${pageIds[page]! + 1} 0 R >>`,
      stream,
    ]),
  ];
  return pdfFromObjects(objects);
}
