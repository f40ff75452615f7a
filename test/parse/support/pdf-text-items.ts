import { pdfFromObjects } from '../../support/pdf-objects.js';

/**
 * A PDF whose pages hold the given numbers of text items, each the word `a`, `columns` to a line (apart, so no two
 * merge into one item), written by hand: pdf-lib takes seconds for tens of thousands of items. One column keeps the
 * layout cheap; a grid of many makes it take seconds a page.
 */
export function pdfWithTextItems(itemsPerPage: readonly number[], columns = 1): Uint8Array {
  // a page as tall as its lines: text off the page is not text pdf.js reports
  const height = 7 * Math.ceil(Math.max(...itemsPerPage) / columns) + 50;
  const streams = itemsPerPage.map((count) => {
    const lines = Array.from({ length: count }, (_, i) => `1 0 0 1 ${40 + (i % columns) * 11} ${Math.floor(i / columns) * 7} Tm (a) Tj`);
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
