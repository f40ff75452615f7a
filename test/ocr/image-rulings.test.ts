import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../functions/parse/formats/ocr/gray-image.js';
import { imageRulings } from '../../functions/parse/formats/ocr/image-rulings.js';

// Rulings found on a page image: a thin rule a fax-mode (black and white) scan broke into dashes is still one rule,
// and characters whose strokes line up across a line of text are none.

const WIDTH = 1240; // an A4 page at 150 dpi: a pixel is 0.48 pt
const scale = 595.28 / WIDTH;

function page(height: number): GrayImage & { ink: (x: number, y: number) => void } {
  const data = new Uint8Array(WIDTH * height).fill(255);
  return { width: WIDTH, height, data, ink: (x, y) => void (data[y * WIDTH + x] = 0) };
}

describe('rulings on a page image', () => {
  it('a thin rule broken into dashes, each a pixel off the last as a skewed rule thresholds, is one ruling', () => {
    const image = page(400);
    // Dashes of 22 px with 6 px between, every other one a row lower: what a 1-px rule looks like after deskewing.
    for (let x = 100; x < 1100; x++) if ((x - 100) % 28 < 22) image.ink(x, 200 + (Math.floor((x - 100) / 28) % 2));
    for (let y = 50; y < 350; y++) if ((y - 50) % 28 < 22) image.ink(600 + (Math.floor((y - 50) / 28) % 2), y);
    const { horizontal, vertical } = imageRulings(image, scale);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]?.from).toBeCloseTo(100 * scale, 0);
    expect(horizontal[0]?.to).toBeCloseTo(1100 * scale, 0);
    expect(vertical).toHaveLength(1);
    expect(vertical[0]?.at).toBeCloseTo(600.5 * scale, 0);
  });

  it('a solid rule is one ruling, as before dashes were joined', () => {
    const image = page(300);
    for (let x = 200; x < 900; x++) image.ink(x, 150);
    expect(imageRulings(image, scale).horizontal).toEqual([{ at: 150 * scale, from: 200 * scale, to: 900 * scale }]);
  });

  it('strokes of characters side by side that line up are no ruling', () => {
    const image = page(300);
    // Twenty "characters" 22 px wide, 4 px apart: a 16-px stroke each on one row, with their other strokes above and
    // below it (a 十 in each), as a line of Chinese text lines up its characters' horizontal strokes.
    for (let c = 0; c < 20; c++) {
      const left = 100 + c * 26;
      for (let x = left + 3; x < left + 19; x++) image.ink(x, 150);
      for (let y = 139; y < 161; y++) image.ink(left + 11, y);
    }
    expect(imageRulings(image, scale).horizontal).toEqual([]);
  });
});
