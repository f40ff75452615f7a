import { clampBox, crop, type GrayImage, INK, type PixelBox } from './gray-image.js';

/** A line of text found in a region: its crop for the recogniser and its ink's box on the page. */
export interface InkLine {
  crop: GrayImage;
  ink: PixelBox;
}

/** Rows (or columns) inked across this share of the region are a ruling's remains, not text. */
const RULE_SHARE = 0.8;
/** A band of ink lower than this share of the tallest band is punctuation or a stroke gap, not a line. */
const MIN_BAND = 0.4;
/** Margins the recogniser reads best with, as shares of the line's height. */
const PAD_X = 0.3;
const PAD_Y = 0.15;

/**
 * The lines of text in a region (a table cell, or a box the detector found): bands of ink rows split by blank
 * rows, each trimmed to its ink and padded with paper. With `wordGap` (px), a band is cut further where that many
 * blank columns part its ink: the numbers of neighbouring columns of a table without rulings.
 */
export function inkLines(image: GrayImage, region: PixelBox, wordGap = Infinity): InkLine[] {
  const box = clampBox(image, region);
  if (!box) return [];
  const inkAt = (x: number, y: number) => (image.data[(box.y + y) * image.width + box.x + x] ?? 255) < INK;
  const rowInk = Array.from({ length: box.height }, (_, y) => count(box.width, (x) => inkAt(x, y)));
  const colInk = Array.from({ length: box.width }, (_, x) => count(box.height, (y) => inkAt(x, y)));
  const textRow = (y: number) => (rowInk[y] ?? 0) > 0 && (rowInk[y] ?? 0) < RULE_SHARE * box.width;
  const textCol = (x: number) => (colInk[x] ?? 0) < RULE_SHARE * box.height;
  const bands = joinThinBands(spans(box.height, textRow));
  return bands.flatMap(([top, bottom]) => {
    const columns = spans(box.width, (x) => textCol(x) && rowsHaveInk(top, bottom, (y) => inkAt(x, y)));
    return words(columns, wordGap).map(([left, right]) => {
      const ink = { x: box.x + left, y: box.y + top, width: right - left, height: bottom - top };
      const padX = Math.round(ink.height * PAD_X);
      const padY = Math.round(ink.height * PAD_Y);
      return { crop: padded(image, ink, padX, padY), ink };
    });
  });
}

/** Runs of inked columns joined across gaps narrower than `gap`: [left, right) of each word. */
function words(columns: readonly [number, number][], gap: number): [number, number][] {
  const joined: [number, number][] = [];
  for (const [left, right] of columns) {
    const last = joined.at(-1);
    if (last && left - last[1] < gap) last[1] = right;
    else joined.push([left, right]);
  }
  return joined;
}

function count(length: number, on: (index: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < length; i++) if (on(i)) n++;
  return n;
}

function rowsHaveInk(top: number, bottom: number, on: (y: number) => boolean): boolean {
  for (let y = top; y < bottom; y++) if (on(y)) return true;
  return false;
}

/** Runs [start, end) of indexes where `on` holds. */
function spans(length: number, on: (index: number) => boolean): [number, number][] {
  const found: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const inside = i < length && on(i);
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      found.push([start, i]);
      start = -1;
    }
  }
  return found;
}

/** A thin band (the dots of ：, the gap inside 二 or 三) joins the nearer of its neighbours. */
function joinThinBands(bands: [number, number][]): [number, number][] {
  const tallest = Math.max(0, ...bands.map(([top, bottom]) => bottom - top));
  const joined = bands.map((band) => [...band] as [number, number]);
  for (let i = 0; i < joined.length; ) {
    const band = joined[i] as [number, number];
    if (joined.length === 1 || band[1] - band[0] >= MIN_BAND * tallest) {
      i++;
      continue;
    }
    const above = joined[i - 1];
    const below = joined[i + 1];
    const useAbove = above && (!below || band[0] - above[1] <= below[0] - band[1]);
    const target = (useAbove ? above : below) as [number, number];
    target[0] = Math.min(target[0], band[0]);
    target[1] = Math.max(target[1], band[1]);
    joined.splice(i, 1);
    if (useAbove) i = Math.max(0, i - 1);
  }
  return joined;
}

/** The ink's box with paper margins. */
function padded(image: GrayImage, ink: PixelBox, padX: number, padY: number): GrayImage {
  const width = ink.width + 2 * padX;
  const data = new Uint8Array(width * (ink.height + 2 * padY)).fill(255);
  const source = crop(image, ink);
  for (let y = 0; y < ink.height; y++) {
    data.set(source.data.subarray(y * ink.width, (y + 1) * ink.width), (y + padY) * width + padX);
  }
  return { width, height: ink.height + 2 * padY, data };
}
