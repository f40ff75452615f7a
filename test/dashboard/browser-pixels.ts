import type { Page } from 'playwright-core';

/** A rectangle in page pixels, as a full-page screenshot has them. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws each character in the page's own font on a canvas and returns the drawings: a character the fonts lack is
 * drawn as the same missing-glyph box as any other, so two different Chinese characters drawn alike are tofu.
 */
export function glyphImages(page: Page, characters: string[]): Promise<string[]> {
  // The page's globals are reached through the element: the project's TypeScript has no DOM library.
  return page.locator('body').evaluate((body, list) => {
    const document = body.ownerDocument;
    const font = `32px ${document.defaultView?.getComputedStyle(body).fontFamily ?? 'sans-serif'}`;
    return list.map((character) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.font = font;
      context.fillText(character, 2, 32);
      return canvas.toDataURL();
    });
  }, characters);
}

/**
 * For each box of a PNG screenshot, the share of its pixels within a small distance of each colour (`#rrggbb`).
 * The PNG is decoded by Chromium itself on a blank page (no decoder to install), which `page` is turned into.
 */
export async function colourShares(page: Page, png: Buffer, boxes: Box[], colours: string[]): Promise<number[][]> {
  await page.goto('about:blank');
  return page.locator('body').evaluate(
    async (body, { data, boxes, colours }) => {
      const document = body.ownerDocument;
      const image = document.createElement('img');
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const TOLERANCE = 12;
      return boxes.map((box) => {
        const [x, y] = [Math.max(0, Math.round(box.x)), Math.max(0, Math.round(box.y))];
        const [w, h] = [Math.min(canvas.width - x, Math.round(box.width)), Math.min(canvas.height - y, Math.round(box.height))];
        const pixels = context.getImageData(x, y, w, h).data;
        const counts = rgb.map(() => 0);
        for (let i = 0; i < pixels.length; i += 4) {
          rgb.forEach((colour, c) => {
            if (colour.every((value, k) => Math.abs(value - (pixels[i + k] ?? 0)) <= TOLERANCE)) counts[c] = (counts[c] ?? 0) + 1;
          });
        }
        return counts.map((count) => count / (w * h));
      });
    },
    { data: png.toString('base64'), boxes, colours },
  );
}
