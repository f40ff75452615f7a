import { type LatticeCell, type LatticeGrid, latticeGrids } from '../pdf/lattice.js';
import type { PdfPage, PdfTextItem } from '../pdf/load.js';
import { deskew } from './deskew.js';
import { despeckle, evenLight, type GrayImage, type PixelBox, resize } from './gray-image.js';
import { imageRulings } from './image-rulings.js';
import { type InkLine, inkLines } from './ink-lines.js';
import type { OcrModels } from './ocr-models.js';
import { detectLines } from './text-detector.js';
import { type OcrLine, recognizeLines } from './text-recognizer.js';
import { cellText, NUMBER, NUMBER_LIKE, spacedOnlyInLatin, SPECKS } from './cell-text.js';
import { type NumberRead, rereadUnsure, type SharperPage } from './reread-unsure.js';

/** What OCR read in one table cell: the text the layout gets, how sure it is, and the other reading if any. */
export interface CellReading {
  grid: number;
  cell: LatticeCell;
  text: string;
  confidence: number;
  /** The cell read as digits only, when that differs from `text` (a 0 read as "o" and the like). */
  alternative?: string;
}

/** What OCR read of a number outside ruled tables (a table without rulings): its item's place, in points. */
export interface WordReading {
  text: string;
  confidence: number;
  alternative?: string;
  x: number;
  y: number;
}

export interface OcrPage {
  page: PdfPage;
  cells: CellReading[];
  words: WordReading[];
  degrees: number;
}

/** Page images are taken as A4 portrait: points per pixel follow from the width, as a PDF page's would. */
const A4_WIDTH = 595.28;
/** Pixels kept off a cell's rulings so that their edges (blurred, or a pixel off after deskewing) are not read as text. */
const CELL_INSET = 5;
/** Glyph ink is this share of the font size (CJK ~0.9, digits ~0.7): what turns ink height into a size. */
const INK_SHARE = 0.85;
/** Where the middle of a glyph sits above the baseline, as a share of the size (as the PDF reader assumes). */
const MIDDLE = 0.35;
/**
 * A gap between two characters wider than this many line heights splits a detected line into two items (columns
 * of a table without rulings); narrower gaps, and the spaces the recogniser puts after Chinese punctuation, are
 * inside a line of prose, which a text PDF gives as one item.
 */
const COLUMN_GAP = 2;
/**
 * Ink parted by this many line heights (blank columns) is two numbers: the digits of one number stand at most half
 * a height apart (1 beside 1, the widest), neighbouring columns of a table at least a few heights.
 */
const NUMBER_GAP = 1;

/**
 * One page image read as the PDF reader's page: deskewed, its rulings turned into table grids, each table cell's
 * lines recognised on their own (neighbouring cells' digits never run together), the rest found by the detector.
 * Numbers read unsurely are read again at twice the resolution, from `sharper` where the page can be drawn anew.
 */
export async function ocrPage(models: OcrModels, scan: GrayImage, number: number, sharper?: SharperPage): Promise<OcrPage> {
  const { image, degrees } = deskew(despeckle(evenLight(scan)));
  const scale = A4_WIDTH / image.width;
  const rulings = imageRulings(image, scale);
  const grids = latticeGrids(rulings);
  const toPixels = (cell: LatticeCell): PixelBox => ({
    x: cell.left / scale + CELL_INSET,
    y: image.height - cell.top / scale + CELL_INSET,
    width: (cell.right - cell.left) / scale - 2 * CELL_INSET,
    height: (cell.top - cell.bottom) / scale - 2 * CELL_INSET,
  });
  const cellLines = grids.flatMap((grid, index) =>
    grid.cells.map((cell) => ({ grid: index, cell, lines: inkLines(image, toPixels(cell)) })),
  );
  const prose = (await detectLines(models, withoutTables(image, grids, scale))).flatMap((box) => inkLines(image, box));
  const read = await recognizeLines(models, [
    ...cellLines.flatMap((c) => c.lines.map((line) => line.crop)),
    ...prose.map((line) => squeezed(line.crop)),
  ]);
  const item = (line: InkLine, text: string): PdfTextItem => {
    const size = (line.ink.height * scale) / INK_SHARE;
    const middle = (image.height - line.ink.y - line.ink.height / 2) * scale;
    return { text, x: line.ink.x * scale, y: middle - MIDDLE * size, width: line.ink.width * scale, size };
  };
  let next = 0;
  const items: PdfTextItem[] = [];
  const numbers: NumberRead[] = [];
  const cells = cellLines.flatMap(({ grid, cell, lines }): CellReading[] => {
    const readings = lines.map((line) => ({ line, reading: cellText(read[next++]) }));
    const placed = readings.map(({ line, reading }) => item(line, reading.text));
    items.push(...placed);
    const [only] = readings;
    if (!only) return [];
    const text = readings.map(({ reading }) => reading.text).join('');
    const confidence = Math.min(...readings.map(({ reading }) => reading.confidence));
    const alternative = readings.length === 1 ? only.reading.alternative : undefined;
    const reading: CellReading = { grid, cell, text, confidence, ...(alternative !== undefined && { alternative }) };
    // A cell of one line is one number at most: a re-read of it may change the cell's reading.
    if (readings.length === 1 && placed[0]) numbers.push({ ink: only.line.ink, reading, item: placed[0] });
    return [reading];
  });
  const groups = prose.flatMap((line) => wordGroups(line, read[next++]));
  const outside = await proseItems(models, image, groups, (group, x, width, text) => ({
    // Each item keeps its line's height and baseline, as a text PDF's items of one row share theirs.
    ...item(group.line, text),
    x: x * scale,
    width: width * scale,
  }));
  items.push(...outside.items);
  await rereadUnsure(models, image, degrees, [...numbers, ...outside.numbers], sharper);
  return { page: { number, height: image.height * scale, items, grids }, cells, words: outside.words, degrees };
}

/**
 * The items of the lines outside ruled tables. A number among them is read again on its own ink, as a ruled cell is:
 * its digits and their confidences come from a crop of that number alone, never from a line where neighbouring
 * columns' digits may run together (a table without rulings).
 */
async function proseItems(
  models: OcrModels,
  image: GrayImage,
  groups: readonly WordGroup[],
  at: (group: WordGroup, x: number, width: number, text: string) => PdfTextItem,
): Promise<{ items: PdfTextItem[]; words: WordReading[]; numbers: NumberRead[] }> {
  const pieces = groups.map((group) =>
    NUMBER_LIKE.test(group.text.replace(SPECKS, '')) ? inkLines(image, groupBox(group), NUMBER_GAP * group.line.ink.height) : [],
  );
  const read = await recognizeLines(models, pieces.flat().map((piece) => piece.crop));
  let next = 0;
  const found = { items: [] as PdfTextItem[], words: [] as WordReading[], numbers: [] as NumberRead[] };
  groups.forEach((group, index) => {
    const ofGroup = pieces[index] ?? [];
    if (ofGroup.length === 0) found.items.push(at(group, group.from, group.to - group.from, group.text));
    for (const piece of ofGroup) {
      const line = read[next++];
      const reading = cellText(line);
      // Digits the recogniser saw a space between, in ink too close to part: one unreadable cell, never a number.
      const merged = /\d\s+\d/.test(line?.text ?? '');
      const item = at(group, piece.ink.x, piece.ink.width, merged ? spacedOnlyInLatin(line?.text ?? '') : reading.text);
      found.items.push(item);
      if (merged || !NUMBER.test(reading.text)) continue;
      const word = { ...reading, x: item.x, y: item.y };
      found.words.push(word);
      found.numbers.push({ ink: piece.ink, reading: word, item });
    }
  });
  return found;
}

/** Part of a detected line that is one item: its text and where it stands across the page (px). */
interface WordGroup {
  line: InkLine;
  text: string;
  from: number;
  to: number;
}

/** A detected line's parts, split only where a wide gap says two columns of a table without rulings. */
function wordGroups(line: InkLine, read: OcrLine | undefined): WordGroup[] {
  const padX = (line.crop.width - line.ink.width) / 2;
  const left = line.ink.x - padX;
  const groups: { chars: string[]; from: number; to: number }[] = [];
  for (const char of read?.chars ?? []) {
    const from = left + char.from * line.crop.width;
    const to = left + char.to * line.crop.width;
    const last = groups.at(-1);
    if (last && (char.char.trim() === '' || from - last.to < COLUMN_GAP * line.ink.height)) {
      last.chars.push(char.char);
      if (char.char.trim() !== '') last.to = to;
    } else if (char.char.trim() !== '') groups.push({ chars: [char.char], from, to });
  }
  return groups.map((group) => ({ line, text: spacedOnlyInLatin(group.chars.join('')), from: group.from, to: group.to }));
}

/**
 * Where a part's ink may lie: its characters' span (the recogniser's steps, which fall inside each glyph) widened by
 * half a line height each side, and the line's rows and a few pixels more.
 */
function groupBox({ line, from, to }: WordGroup): PixelBox {
  const margin = line.ink.height / 2;
  return { x: from - margin, y: line.ink.y - 2, width: to - from + 2 * margin, height: line.ink.height + 4 };
}

/**
 * A line of prose narrowed before recognition: the recogniser's time grows with a line's width (a 150-dpi line is
 * ~2,200 px at its 48-px height), and at 0.6 of its width Chinese prose reads as well but for a rare character
 * (measured on the corpus's pages). Table cells, short and all digits, are read at full width.
 */
const PROSE_WIDTH = 0.6;
function squeezed(crop: GrayImage): GrayImage {
  return resize(crop, Math.max(1, Math.round(crop.width * PROSE_WIDTH)), crop.height);
}

/** The page with its tables' areas blanked: the detector looks only at the prose around them. */
function withoutTables(image: GrayImage, grids: readonly LatticeGrid[], scale: number): GrayImage {
  if (grids.length === 0) return image;
  const data = new Uint8Array(image.data);
  for (const grid of grids) {
    const left = Math.max(0, Math.floor((grid.xs[0] ?? 0) / scale) - CELL_INSET);
    const right = Math.min(image.width, Math.ceil((grid.xs.at(-1) ?? 0) / scale) + CELL_INSET);
    const top = Math.max(0, Math.floor(image.height - (grid.ys[0] ?? 0) / scale) - CELL_INSET);
    const bottom = Math.min(image.height, Math.ceil(image.height - (grid.ys.at(-1) ?? 0) / scale) + CELL_INSET);
    for (let y = top; y < bottom; y++) data.fill(255, y * image.width + left, y * image.width + right);
  }
  return { ...image, data };
}
