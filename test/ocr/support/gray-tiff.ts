/** A page of 8-bit gray, row by row; `pixels` may be shorter than width × height (a file that claims more). */
export interface GrayTiffPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * A little-endian TIFF of uncompressed 8-bit gray pages, one strip each, written field by field (TIFF 6.0): for the
 * claims no producer writes (a page of 100000 × 100000, a chain of pages that loops). All directories come first,
 * then the pixels: a copy cut short loses pixels, not pages.
 */
export function grayTiff(pages: readonly GrayTiffPage[]): Uint8Array {
  const ENTRIES = 9;
  const directoryBytes = 2 + ENTRIES * 12 + 4;
  const pixelsAt = 8 + pages.length * directoryBytes;
  const total = pixelsAt + pages.reduce((sum, page) => sum + page.pixels.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, 8, true);
  let pixelOffset = pixelsAt;
  for (const [index, page] of pages.entries()) {
    const at = 8 + index * directoryBytes;
    const fields: [tag: number, type: 3 | 4, value: number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, 1], // no compression
      [262, 3, 1], // black is zero
      [273, 4, pixelOffset],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, page.pixels.length],
    ];
    view.setUint16(at, ENTRIES, true);
    for (const [i, [tag, type, value]] of fields.entries()) {
      const entry = at + 2 + i * 12;
      view.setUint16(entry, tag, true);
      view.setUint16(entry + 2, type, true);
      view.setUint32(entry + 4, 1, true);
      if (type === 3) view.setUint16(entry + 8, value, true);
      else view.setUint32(entry + 8, value, true);
    }
    view.setUint32(at + 2 + ENTRIES * 12, index + 1 < pages.length ? at + directoryBytes : 0, true);
    bytes.set(page.pixels, pixelOffset);
    pixelOffset += page.pixels.length;
  }
  return bytes;
}

/** Where the last page's directory names the next one (0: none): point it elsewhere to make a loop. */
export const lastNextOffset = (pageCount: number): number => 8 + pageCount * (2 + 9 * 12 + 4) - 4;
