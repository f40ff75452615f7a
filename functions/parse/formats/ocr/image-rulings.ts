import type { PageRulings, Ruling } from '../pdf/rulings.js';
import { type GrayImage, INK } from './gray-image.js';

/** A run of ink this long (in text heights of a 150-dpi page: ~24 pt) is a ruling, not a stroke of a character. */
const MIN_RUN_PX_AT_150 = 50;
/** Gaps this short (px) in a run are JPEG noise or a faint scan, not the line's end. */
const GAP = 3;
/** Runs in neighbouring pixel rows within this (px) of each other are one ruling (a line 2–3 px thick). */
const THICK = 3;

/**
 * The table rulings printed on a deskewed page image, in points with y up like a PDF page's rulings (`scale` is
 * points per pixel), so that the PDF reader's lattice builds the tables from them.
 */
export function imageRulings(image: GrayImage, scale: number): PageRulings {
  const minRun = Math.round(MIN_RUN_PX_AT_150 * (72 / 150 / scale));
  const { width, height, data } = image;
  const ink = (x: number, y: number) => (data[y * width + x] ?? 255) < INK;
  const horizontal = merge(runs(height, width, minRun, (along, across) => ink(along, across)));
  const vertical = merge(runs(width, height, minRun, (along, across) => ink(across, along)));
  const points = (px: number) => px * scale;
  return {
    horizontal: horizontal.map((r) => ({ at: (height - r.at) * scale, from: points(r.from), to: points(r.to) })),
    vertical: vertical.map((r) => ({ at: points(r.at), from: (height - r.to) * scale, to: (height - r.from) * scale })),
  };
}

/** Long runs of ink along each line of pixels (`across` fixed), gaps up to GAP bridged. */
function runs(lines: number, length: number, minRun: number, ink: (along: number, across: number) => boolean): Ruling[] {
  const found: Ruling[] = [];
  for (let across = 0; across < lines; across++) {
    let start = -1;
    let lastInk = -1;
    for (let along = 0; along <= length; along++) {
      const on = along < length && ink(along, across);
      if (on) {
        if (start < 0 || along - lastInk > GAP + 1) {
          if (start >= 0 && lastInk - start + 1 >= minRun) found.push({ at: across, from: start, to: lastInk + 1 });
          start = along;
        }
        lastInk = along;
      }
    }
    if (start >= 0 && lastInk - start + 1 >= minRun) found.push({ at: across, from: start, to: lastInk + 1 });
  }
  return found;
}

/** Runs in adjacent pixel lines that overlap are one ruling at their mean position, spanning them all. */
function merge(found: readonly Ruling[]): Ruling[] {
  const lines: { sum: number; count: number; last: number; from: number; to: number }[] = [];
  for (const run of found) {
    const line = lines.find((l) => run.at - l.last <= THICK && run.from < l.to && run.to > l.from);
    if (line) {
      line.sum += run.at;
      line.count++;
      line.last = run.at;
      line.from = Math.min(line.from, run.from);
      line.to = Math.max(line.to, run.to);
    } else lines.push({ sum: run.at, count: 1, last: run.at, from: run.from, to: run.to });
  }
  return lines.map((line) => ({ at: line.sum / line.count, from: line.from, to: line.to }));
}
