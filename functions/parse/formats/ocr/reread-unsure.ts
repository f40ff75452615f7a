import { SURE_READING } from '../../../shared/model/report.js';
import type { PdfTextItem } from '../pdf/load.js';
import { type CellText, cellText, NUMBER } from './cell-text.js';
import { despeckle, evenLight, type GrayImage, type PixelBox, resize, rotate } from './gray-image.js';
import { inkLines } from './ink-lines.js';
import type { OcrModels } from './ocr-models.js';
import { recognizeLines } from './text-recognizer.js';

/**
 * The page drawn again at `factor` times the resolution it was read at (a PDF's page rendered anew), not deskewed;
 * undefined where the source holds no such detail.
 */
export type SharperPage = (factor: number) => Promise<GrayImage | undefined>;

/** A number as read on the page: its ink (deskewed page pixels), its reading and its item, both changed by a re-read. */
export interface NumberRead {
  ink: PixelBox;
  reading: CellText;
  item: PdfTextItem;
}

/** Re-read crops have this many times the page's pixels across. */
const FACTOR = 2;
/**
 * At most this many numbers of a page are read again, the least sure first: two batches of the recogniser
 * (text-recognizer.ts reads 16 crops at a time), a fifth of a page's cells. A fax-mode scan doubts a page's thin
 * digits by the score (18 on a page of the corpus at 300 dpi), which its own pixels read again make sure; a page
 * with more doubts is a poor scan whose doubts stand; OCR-UNSURE needs one doubtful cell per failing equation.
 */
const MAX_REREADS = 32;

/**
 * Numbers read unsurely, and a cell's ink read as nothing, are read again from their crop at twice the resolution:
 * drawn anew where the page can be (`sharper`), else upsampled. A sure reading of a page drawn anew is the number's
 * reading (the first, if it was one and differs, its other reading); any other re-read that differs is its other
 * reading. Upsampling adds no pixel the first
 * reading lacked: it may offer another reading, never vouch for one.
 */
export async function rereadUnsure(
  models: OcrModels,
  page: GrayImage,
  degrees: number,
  numbers: readonly NumberRead[],
  sharper?: SharperPage,
): Promise<void> {
  // Ink read as nothing (a thin digit the recogniser took for blank) is the least sure of all.
  const sureness = ({ reading }: NumberRead) => (reading.text === '' ? 0 : reading.confidence);
  const unsure = numbers
    .filter(({ reading }) => reading.text === '' || (NUMBER.test(reading.text) && reading.confidence < SURE_READING))
    .sort((a, b) => sureness(a) - sureness(b))
    .slice(0, MAX_REREADS);
  if (unsure.length === 0) return;
  const drawn = await sharper?.(FACTOR);
  const source = drawn && straightened(drawn, degrees);
  const crops = unsure.map(({ ink }) => sharperCrop(page, ink, source));
  const again = await recognizeLines(models, crops.flatMap((crop) => (crop ? [crop] : [])));
  let next = 0;
  unsure.forEach(({ reading, item }, index) => {
    if (!crops[index]) return;
    const other = cellText(again[next++]);
    if (!NUMBER.test(other.text)) return;
    if (source && other.confidence >= SURE_READING) {
      if (other.text !== reading.text && reading.text !== '') reading.alternative = reading.text;
      Object.assign(reading, { text: other.text, confidence: other.confidence });
      item.text = other.text;
    } else if (other.text !== reading.text) reading.alternative = other.text;
  });
}

/** The sharper page cleaned and turned as the page was (ocr-page.ts), so that its pixels match the page's. */
function straightened(image: GrayImage, degrees: number): GrayImage {
  const clean = despeckle(evenLight(image));
  return degrees === 0 ? clean : rotate(clean, -degrees);
}

/** The number's crop at FACTOR × the page's resolution, padded as the recogniser reads best; none if no ink is found. */
function sharperCrop(page: GrayImage, ink: PixelBox, source: GrayImage | undefined): GrayImage | undefined {
  // A pixel of margin: the ink box is tight, a digit's faint edge may lie just outside it, and a neighbour not far off.
  const margin = 1;
  const box = { x: ink.x - margin, y: ink.y - margin, width: ink.width + 2 * margin, height: ink.height + 2 * margin };
  if (source) {
    const scaled = { x: box.x * FACTOR, y: box.y * FACTOR, width: box.width * FACTOR, height: box.height * FACTOR };
    return inkLines(source, scaled).at(0)?.crop;
  }
  const crop = inkLines(page, box).at(0)?.crop;
  return crop && resize(crop, crop.width * FACTOR, crop.height * FACTOR);
}
