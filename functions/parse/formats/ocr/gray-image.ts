/** A page image in 8-bit gray (0 black … 255 white), row by row: what the OCR steps work on. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A rectangle in image pixels (x, y the top-left corner). */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels darker than this are ink: scans print black on paper well above it, JPEG noise stays far below it. */
export const INK = 160;

/** Gray from RGBA (Rec. 601 luma), as a canvas's ImageData holds it. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const alpha = (rgba[p + 3] ?? 255) / 255;
    const luma = 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0);
    // Transparent pixels are paper: a PNG with an alpha channel shows white behind its text.
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/** The box clamped to the image; null when nothing of it lies inside. */
export function clampBox(image: GrayImage, box: PixelBox): PixelBox | null {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const right = Math.min(image.width, Math.ceil(box.x + box.width));
  const bottom = Math.min(image.height, Math.ceil(box.y + box.height));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

export function crop(image: GrayImage, box: PixelBox): GrayImage {
  const data = new Uint8Array(box.width * box.height);
  for (let row = 0; row < box.height; row++) {
    const start = (box.y + row) * image.width + box.x;
    data.set(image.data.subarray(start, start + box.width), row * box.width);
  }
  return { width: box.width, height: box.height, data };
}

/** Bilinear resampling to the given size. */
export function resize(image: GrayImage, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), image.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, image.height - 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), image.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, image.width - 1);
      const wx = fx - x0;
      const at = (xx: number, yy: number) => image.data[yy * image.width + xx] ?? 255;
      const top = at(x0, y0) * (1 - wx) + at(x1, y0) * wx;
      const bottom = at(x0, y1) * (1 - wx) + at(x1, y1) * wx;
      data[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}

/**
 * The image made smaller by averaging each output pixel's whole area (a box filter, row then column): bilinear
 * sampling reads 2 × 2 of a 4 × 4 block at a quarter of the size, and a thin rule between its samples vanishes.
 * A bilevel page (a fax-mode scan) stays bilevel, a pixel ink where its area is darker than INK: a rule one pixel
 * wide at 300 dpi is black at 150, not a gray that deskewing then fades below INK.
 */
export function shrink(image: GrayImage, width: number, height: number): GrayImage {
  if (width === image.width && height === image.height) return image;
  const bilevel = image.data.every((value) => value === 0 || value === 255);
  const across = boxWeights(image.width, width);
  const down = boxWeights(image.height, height);
  const rows = new Float32Array(width * image.height);
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    across.forEach((taps, x) => {
      let sum = 0;
      for (const [from, weight] of taps) sum += (image.data[row + from] ?? 255) * weight;
      rows[y * width + x] = sum;
    });
  }
  const data = new Uint8Array(width * height);
  down.forEach((taps, y) => {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const [from, weight] of taps) sum += (rows[from * width + x] ?? 255) * weight;
      data[y * width + x] = bilevel ? (sum < INK ? 0 : 255) : Math.round(sum);
    }
  });
  return { width, height, data };
}

/** For each of `to` output pixels, the source pixels its span covers and the share of each (shares sum to 1). */
function boxWeights(from: number, to: number): [number, number][][] {
  const span = from / to;
  return Array.from({ length: to }, (_, i) => {
    const start = i * span;
    const end = start + span;
    const taps: [number, number][] = [];
    for (let source = Math.floor(start); source < Math.min(from, Math.ceil(end)); source++) {
      taps.push([source, (Math.min(end, source + 1) - Math.max(start, source)) / span]);
    }
    return taps;
  });
}

/** The image turned by `degrees` (clockwise on screen) about its centre, paper filling the corners. */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  const { width, height } = image;
  const data = new Uint8Array(width * height).fill(255);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source pixel this one comes from: the inverse rotation.
      const dx = x - cx;
      const dy = y - cy;
      const fx = cos * dx + sin * dy + cx;
      const fy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) continue;
      const wx = fx - x0;
      const wy = fy - y0;
      const i = y0 * width + x0;
      const top = (image.data[i] ?? 255) * (1 - wx) + (image.data[i + 1] ?? 255) * wx;
      const bottom = (image.data[i + width] ?? 255) * (1 - wx) + (image.data[i + width + 1] ?? 255) * wx;
      data[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}

/** Paper is estimated over blocks this wide (px): wider than a character, narrower than a photo's light changes. */
const LIGHT_BLOCK = 32;

/**
 * The page under even light: each pixel divided by the paper's brightness around it (the brightest pixel of the
 * nearest blocks), so that a photo's darker corner is white paper again and the fixed INK threshold holds.
 */
export function evenLight(image: GrayImage): GrayImage {
  const { width, height } = image;
  const cols = Math.ceil(width / LIGHT_BLOCK);
  const rows = Math.ceil(height / LIGHT_BLOCK);
  const brightest = new Uint8Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / LIGHT_BLOCK) * cols;
    for (let x = 0; x < width; x++) {
      const at = row + Math.floor(x / LIGHT_BLOCK);
      brightest[at] = Math.max(brightest[at] ?? 0, image.data[y * width + x] ?? 0);
    }
  }
  // A block all ink (a thick bar, a stamp's middle) takes its neighbours' paper.
  const paper = new Uint8Array(brightest.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let best = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) best = Math.max(best, brightest[(r + dr) * cols + c + dc] ?? 0);
      }
      paper[r * cols + c] = Math.max(best, 64);
    }
  }
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / LIGHT_BLOCK) * cols;
    for (let x = 0; x < width; x++) {
      const value = ((image.data[y * width + x] ?? 255) * 255) / (paper[row + Math.floor(x / LIGHT_BLOCK)] ?? 255);
      data[y * width + x] = Math.min(255, Math.round(value));
    }
  }
  return { width, height, data };
}

/**
 * The page without specks: an ink pixel with at most one ink neighbour is dust or JPEG noise (strokes and
 * rulings at 150 dpi are two pixels wide or run on), and a speck beside a digit is read as a stray ' or ：.
 */
export function despeckle(image: GrayImage): GrayImage {
  const { width, height } = image;
  const data = new Uint8Array(image.data);
  const ink = (x: number, y: number) => (image.data[y * width + x] ?? 255) < INK;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (!ink(x, y)) continue;
      let neighbours = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && ink(x + dx, y + dy)) neighbours++;
      if (neighbours <= 1) data[y * width + x] = 255;
    }
  }
  return { width, height, data };
}
