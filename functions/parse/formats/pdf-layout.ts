import type { DocRow } from '../document.js';
import type { PdfPage } from './pdf-load.js';

/** Placeholder: every item as its own one-cell row (replaced by the layout analysis). */
export function layoutRows(pages: PdfPage[]): DocRow[] {
  return pages.flatMap((page) =>
    page.items.map((item, index) => ({ cells: [{ text: item.text.trim(), at: { page: page.number, line: index + 1 } }] })),
  );
}
