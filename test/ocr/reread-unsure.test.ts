import { describe, expect, it } from 'vitest';
import { spoiledBorderlessScan } from '../../corpus/ocr/borderless-scan.js';
import { crop, type GrayImage, grayFromRgba } from '../../functions/parse/formats/ocr/gray-image.js';
import { loadOcrModels } from '../../functions/parse/formats/ocr/ocr-models.js';
import { ocrPage } from '../../functions/parse/formats/ocr/ocr-page.js';
import { drawPdfPages, OCR_DPI, scannedPdfPages } from '../../functions/parse/formats/ocr/page-images.js';

// A number read unsurely is read again at twice the resolution. The page is a 300-dpi scan, read at 150 dpi as every
// PDF is; only a strip of it (the rows of Table 三's last lines) is read, to keep the test to a second or two.

/** Page 2 of the scan drawn at `dpi`, cut to the strip between y 550 and 750 pt. */
async function strip(scan: Uint8Array, dpi: number): Promise<GrayImage> {
  const pages: GrayImage[] = [];
  for await (const surface of drawPdfPages(scan, dpi)) {
    pages.push(grayFromRgba(surface.getContext('2d').getImageData(0, 0, surface.width, surface.height).data, surface.width, surface.height));
  }
  const page = pages[1]!;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  return crop(page, { x: 0, y: page.height - px(750), width: page.width, height: px(200) });
}

describe('re-reading an unsure number', () => {
  it('a page drawn anew at twice the resolution reads surely the total printed at 4 pt; upsampling vouches for nothing', { timeout: 120_000 }, async () => {
    const { scan } = await spoiledBorderlessScan('small', { degrees: 0.6, quality: 75, noise: 0.002, seed: 25, dpi: 300 });
    const [image, sharp] = [await strip(scan, OCR_DPI), await strip(scan, 2 * OCR_DPI)];
    const models = await loadOcrModels();
    const total = async (sharper?: (factor: number) => Promise<GrayImage>) =>
      (await ocrPage(models, image, 2, sharper)).words.find((word) => word.text === '32');

    // Upsampled, the 7-px digits read 32, unsurely still: OCR-UNSURE may ask about it.
    expect((await total())?.confidence).toBeLessThan(0.9);
    // Drawn anew from the scan's 300-dpi image, 32 is read surely.
    const factors: number[] = [];
    const reread = await total(async (factor) => (factors.push(factor), sharp));
    expect(factors).toEqual([2]);
    expect(reread?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    { dpi: 300, sharper: true },
    { dpi: 150, sharper: false },
  ])('a scanned PDF page is drawn anew sharper only where its picture holds the detail ($dpi dpi)', { timeout: 60_000 }, async ({ dpi, sharper }) => {
    const { scan } = await spoiledBorderlessScan('small', { degrees: 0, quality: 75, noise: 0, seed: 1, dpi });
    for await (const page of scannedPdfPages(scan)) {
      const drawn = await page.sharper(2);
      expect(drawn === undefined).toBe(!sharper);
      if (drawn) expect(drawn.width).toBe(Math.ceil((595.28 / 72) * 2 * OCR_DPI));
      expect(page.image.width).toBe(Math.ceil((595.28 / 72) * OCR_DPI));
      break;
    }
  });
});
