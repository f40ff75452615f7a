import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../functions/parse/formats/ocr/gray-image.js';
import { inkLines } from '../../functions/parse/formats/ocr/ink-lines.js';

/** A white strip 20 px high with black blocks (glyphs) at the given [left, right) columns. */
function strip(...glyphs: [number, number][]): GrayImage {
  const width = 200;
  const data = new Uint8Array(width * 20).fill(255);
  for (let y = 4; y < 16; y++) for (const [left, right] of glyphs) data.fill(0, y * width + left, y * width + right);
  return { width, height: 20, data };
}
const inkOf = (image: GrayImage, wordGap?: number) =>
  inkLines(image, { x: 0, y: 0, width: image.width, height: image.height }, wordGap).map(({ ink }) => [ink.x, ink.x + ink.width]);

describe('inkLines with a word gap', () => {
  // "11" (glyphs 5 px apart) and, 30 px on, "0": two numbers of neighbouring columns.
  const image = strip([10, 14], [19, 23], [53, 61]);

  it('parts ink where as many blank columns as the gap lie between', () => {
    expect(inkOf(image, 12)).toEqual([
      [10, 23],
      [53, 61],
    ]);
  });

  it('keeps a line whole without one, or when its blanks are narrower', () => {
    expect(inkOf(image)).toEqual([[10, 61]]);
    expect(inkOf(image, 31)).toEqual([[10, 61]]);
  });
});
