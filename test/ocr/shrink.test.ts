import { describe, expect, it } from 'vitest';
import { type GrayImage, INK, resize, shrink } from '../../functions/parse/formats/ocr/gray-image.js';

// Scans finer than they are read at are made smaller by averaging each pixel's area, so that thin rules survive.

function withRow(width: number, height: number, row: number, value = 0): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  data.fill(value, row * width, (row + 1) * width);
  return { width, height, data };
}
const darkest = (image: GrayImage) => Math.min(...image.data);

describe('shrinking a page image', () => {
  it('keeps a one-pixel rule at a quarter of the size, where sampling steps over it', () => {
    const gray = withRow(400, 400, 40, 60);
    expect(darkest(resize(gray, 100, 100))).toBe(255);
    // A quarter of each pixel of row 10 is the rule: 255 − (255 − 60) / 4.
    expect(darkest(shrink(gray, 100, 100))).toBe(206);
  });

  it('keeps a bilevel (fax-mode) page bilevel: a pixel half covered by ink is ink, as the scanner would have made it', () => {
    const fax = withRow(400, 400, 41);
    const half = shrink(fax, 200, 200);
    expect(new Set(half.data)).toEqual(new Set([0, 255]));
    expect(half.data.subarray(20 * 200, 21 * 200).every((value) => value < INK)).toBe(true);
    expect(half.data.filter((value) => value < INK)).toHaveLength(200);
  });

  it('returns the page itself at its own size', () => {
    const image = withRow(10, 10, 3);
    expect(shrink(image, 10, 10)).toBe(image);
  });
});
