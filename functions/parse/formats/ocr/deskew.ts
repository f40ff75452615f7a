import { type GrayImage, INK, resize, rotate } from './gray-image.js';

/** Scans are fed by hand: up to a few degrees off. */
const MAX_DEGREES = 3;
const STEP_DEGREES = 0.1;
/** The skew is measured on a copy this wide: enough for a tenth of a degree over a page. */
const WORK_WIDTH = 800;

/** The page turned straight: text lines and ruling lines horizontal, as the layout reader expects. */
export function deskew(image: GrayImage): { image: GrayImage; degrees: number } {
  const degrees = skewDegrees(image);
  return { image: Math.abs(degrees) < STEP_DEGREES / 2 ? image : rotate(image, -degrees), degrees };
}

/**
 * The angle whose horizontal projection of the ink is sharpest (lines of text and rulings fall into few rows):
 * the classic projection-profile method, on the ink pixels of a smaller copy.
 */
export function skewDegrees(image: GrayImage): number {
  const scale = Math.min(1, WORK_WIDTH / image.width);
  const small = resize(image, Math.round(image.width * scale), Math.round(image.height * scale));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if ((small.data[y * small.width + x] ?? 255) < INK) {
        xs.push(x - small.width / 2);
        ys.push(y);
      }
    }
  }
  let best = 0;
  let sharpest = -1;
  const rows = new Float64Array(small.height * 2 + small.width);
  for (let step = -MAX_DEGREES / STEP_DEGREES; step <= MAX_DEGREES / STEP_DEGREES; step++) {
    const degrees = step * STEP_DEGREES;
    const slope = Math.tan((degrees * Math.PI) / 180);
    rows.fill(0);
    const offset = small.width / 2;
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] ?? 0) - (xs[i] ?? 0) * slope + offset);
      if (row >= 0 && row < rows.length) rows[row] = (rows[row] ?? 0) + 1;
    }
    let sharpness = 0;
    for (const count of rows) sharpness += count * count;
    if (sharpness > sharpest) [sharpest, best] = [sharpness, degrees];
  }
  return best;
}
