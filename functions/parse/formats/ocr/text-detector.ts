import { type GrayImage, type PixelBox, resize } from './gray-image.js';
import type { OcrModels } from './ocr-models.js';

/**
 * The detector's side limit: a 150-dpi A4 page goes in at 0.73 (body text ~16 px high, well above what DB finds),
 * which halves its time against the whole page; only the prose is left to find (tables are read by their cells).
 */
const MAX_SIDE = 1_280;
/** PaddleOCR's DB post-processing defaults: pixel threshold, box score, and how far a box grows back out. */
const PIXEL = 0.3;
const BOX_SCORE = 0.6;
const UNCLIP = 1.5;
const MIN_SIDE = 3;
const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;

/** Boxes of text lines (PP-OCRv4's DB detector), axis-aligned: the page is deskewed first. */
export async function detectLines(models: OcrModels, image: GrayImage): Promise<PixelBox[]> {
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const width = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const height = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const scaled = resize(image, width, height);
  const plane = width * height;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    const value = (scaled.data[i] ?? 255) / 255;
    for (let c = 0; c < 3; c++) input[c * plane + i] = (value - (MEAN[c] ?? 0)) / (STD[c] ?? 1);
  }
  const tensor = new models.ort.Tensor('float32', input, [1, 3, height, width]);
  const output = await models.detector.run({ [models.detector.inputNames[0] ?? 'x']: tensor });
  const map = output[models.detector.outputNames[0] ?? '']?.data as Float32Array | undefined;
  if (!map) throw new Error('the detector gave no output');
  const sx = image.width / width;
  const sy = image.height / height;
  return components(map, width, height).map((box) => ({
    x: box.x * sx,
    y: box.y * sy,
    width: box.width * sx,
    height: box.height * sy,
  }));
}

/** Connected regions above PIXEL with a mean score of at least BOX_SCORE, each grown as DB's unclip does. */
function components(map: Float32Array, width: number, height: number): PixelBox[] {
  const label = new Int32Array(width * height);
  const boxes: PixelBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < map.length; start++) {
    if (label[start] !== 0 || (map[start] ?? 0) <= PIXEL) continue;
    let [left, top, right, bottom, sum, count] = [width, height, 0, 0, 0, 0];
    label[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const at = stack.pop() ?? 0;
      const x = at % width;
      const y = (at - x) / width;
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
      sum += map[at] ?? 0;
      count++;
      for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at - width, at + width]) {
        if (next >= 0 && next < map.length && label[next] === 0 && (map[next] ?? 0) > PIXEL) {
          label[next] = 1;
          stack.push(next);
        }
      }
    }
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (Math.min(w, h) < MIN_SIDE || sum / count < BOX_SCORE) continue;
    const grow = (w * h * UNCLIP) / (2 * (w + h));
    boxes.push({ x: left - grow, y: top - grow, width: w + 2 * grow, height: h + 2 * grow });
  }
  return boxes;
}
