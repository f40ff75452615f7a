import type { PageRulings, Ruling } from '../pdf/rulings.js';
import { type GrayImage, INK } from './gray-image.js';

/** A run of ink this long (in text heights of a 150-dpi page: ~24 pt) is a ruling, not a stroke of a character. */
const MIN_RUN_PX_AT_150 = 50;
/** Gaps this short (px) in a run are JPEG noise or a faint scan, not the line's end. */
const GAP = 3;
/** Runs in neighbouring pixel rows within this (px) of each other are one ruling (a line 2–3 px thick). */
const THICK = 3;
/**
 * A thin rule scanned in black and white (a fax-mode TIFF) breaks into dashes where it straddles two pixel rows:
 * runs this long (px at 150 dpi) are dashes, and dashes this close across (px) and end to end (px at 150 dpi) lie
 * on one line.
 */
const MIN_DASH_PX_AT_150 = 12;
const DASH_ACROSS = 1.5;
const DASH_GAP_PX_AT_150 = 10;
/**
 * A line of dashes is a rule when it is ink along most of its length, within a pixel of its middle, and paper beside
 * it (3–4 px at 150 dpi off, either side) along nearly all of it: the strokes of characters side by side that line
 * up are as long, but the rest of their characters lies beside them (on the corpus: rules ≤ 0.09, text ≥ 0.11).
 */
const DASHED_INK = 0.75;
const BESIDE_PX_AT_150 = [3, 4] as const;
const BESIDE_INK = 0.1;

interface Sizes {
  minRun: number;
  minDash: number;
  dashGap: number;
  beside: readonly number[];
}

/** Whether the pixel at (`along`, `across`) of a line of pixels is ink. */
type Ink = (along: number, across: number) => boolean;

/**
 * The table rulings printed on a deskewed page image, in points with y up like a PDF page's rulings (`scale` is
 * points per pixel), so that the PDF reader's lattice builds the tables from them.
 */
export function imageRulings(image: GrayImage, scale: number): PageRulings {
  const at150 = (px: number) => Math.round(px * (72 / 150 / scale));
  const sizes: Sizes = {
    minRun: at150(MIN_RUN_PX_AT_150),
    minDash: at150(MIN_DASH_PX_AT_150),
    dashGap: at150(DASH_GAP_PX_AT_150),
    beside: BESIDE_PX_AT_150.map(at150),
  };
  const { width, height, data } = image;
  const ink = (x: number, y: number) => (data[y * width + x] ?? 255) < INK;
  const horizontal = rulings(height, width, (along, across) => ink(along, across), sizes);
  const vertical = rulings(width, height, (along, across) => ink(across, along), sizes);
  const points = (px: number) => px * scale;
  return {
    horizontal: horizontal.map((r) => ({ at: (height - r.at) * scale, from: points(r.from), to: points(r.to) })),
    vertical: vertical.map((r) => ({ at: points(r.at), from: (height - r.to) * scale, to: (height - r.from) * scale })),
  };
}

/**
 * The rulings along one direction: runs MIN_RUN long, as a clean scan prints them; and where dashes end to end make
 * a thin line (ink along, paper beside), that whole line instead of the runs on it.
 */
function rulings(lines: number, length: number, ink: Ink, sizes: Sizes): Ruling[] {
  const found = runs(lines, length, sizes.minDash, ink);
  const thin = dashedLines(merge(found), sizes.dashGap).filter(
    (line) => line.to - line.from >= sizes.minRun && isThin(line, ink, sizes),
  );
  const onThin = (run: Ruling) =>
    thin.some((line) => Math.abs(line.at - run.at) <= DASH_ACROSS && run.from >= line.from && run.to <= line.to);
  return [...merge(found.filter((run) => run.to - run.from >= sizes.minRun)).filter((run) => !onThin(run)), ...thin];
}

/** Runs of ink at least `minRun` long along each line of pixels (`across` fixed), gaps up to GAP bridged. */
function runs(lines: number, length: number, minRun: number, ink: Ink): Ruling[] {
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

/**
 * Runs (in order across) in adjacent pixel lines that overlap are one piece at their mean position, spanning them
 * all; the runs of a piece are at most THICK behind the current one, so only those are searched.
 */
function merge(found: readonly Ruling[]): Ruling[] {
  const done: Ruling[] = [];
  let open: { sum: number; count: number; last: number; from: number; to: number }[] = [];
  const close = (line: (typeof open)[number]) => done.push({ at: line.sum / line.count, from: line.from, to: line.to });
  for (const run of found) {
    open = open.filter((line) => run.at - line.last <= THICK || (close(line), false));
    const line = open.find((l) => run.from < l.to && run.to > l.from);
    if (line) {
      line.sum += run.at;
      line.count++;
      line.last = run.at;
      line.from = Math.min(line.from, run.from);
      line.to = Math.max(line.to, run.to);
    } else open.push({ sum: run.at, count: 1, last: run.at, from: run.from, to: run.to });
  }
  open.forEach(close);
  return done;
}

/** Pieces joined end to end where they lie on one line and their gap is at most `gap`. */
function dashedLines(pieces: readonly Ruling[], gap: number): Ruling[] {
  const lines: Ruling[] = [];
  for (const piece of [...pieces].sort((a, b) => a.from - b.from)) {
    const line = lines.find((l) => piece.from - l.to <= gap && Math.abs(l.at - piece.at) <= DASH_ACROSS);
    if (line) line.to = Math.max(line.to, piece.to);
    else lines.push({ ...piece });
  }
  return lines;
}

/** Ink along the line (within a pixel of it) for DASHED_INK of its length, and beside it for at most BESIDE_INK. */
function isThin(line: Ruling, ink: Ink, { beside }: Sizes): boolean {
  const middle = Math.round(line.at);
  const share = (offsets: readonly number[]) => {
    let inked = 0;
    for (let along = line.from; along < line.to; along++) if (offsets.some((d) => ink(along, middle + d))) inked++;
    return inked / (line.to - line.from);
  };
  const besideBefore = beside.map((d) => -d);
  return share([-1, 0, 1]) >= DASHED_INK && Math.max(share(besideBefore), share(beside)) <= BESIDE_INK;
}
