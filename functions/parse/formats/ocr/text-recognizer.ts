import { DIGIT_LOOKALIKE } from './cell-text.js';
import { type GrayImage, resize } from './gray-image.js';
import type { OcrModels } from './ocr-models.js';

/** One recognised character: where it stands across the crop (0 … 1) and how sure the model is of it. */
export interface OcrChar {
  char: string;
  confidence: number;
  from: number;
  to: number;
  /** In the digits-only reading: the next likeliest character at the step this one peaked at. */
  second?: string;
}

/**
 * A line crop as read: its text, each character, and the reading with only the characters of a number allowed,
 * whose confidence is the least sure digit's share among those characters.
 */
export interface OcrLine {
  text: string;
  chars: OcrChar[];
  /** The same crop decoded as a number: the cell's other reading when the free one is not a number. */
  digits: { text: string; confidence: number; second?: string };
}

/** The recogniser's input height; one CTC step covers 8 pixels of width. */
const HEIGHT = 48;
const STEP = 8;
/** A line wider than this (at 48 px high) is cut down; no report line is that long. */
const MAX_WIDTH = 2_400;
/** Crops go through the model this many at a time, padded to the widest. */
const BATCH = 16;
const NUMBER = /^[0-9.+-]$/;

/** Reads each crop (one line of text each) to text with per-character confidences. */
export async function recognizeLines(models: OcrModels, crops: readonly GrayImage[]): Promise<OcrLine[]> {
  const order = crops.map((_, index) => index).sort((a, b) => widthAt48(crops[a]) - widthAt48(crops[b]));
  const lines: OcrLine[] = new Array<OcrLine>(crops.length);
  for (let start = 0; start < order.length; start += BATCH) {
    const batch = order.slice(start, start + BATCH);
    const read = await recognizeBatch(models, batch.map((index) => crops[index] as GrayImage));
    batch.forEach((index, k) => (lines[index] = read[k] as OcrLine));
  }
  return lines;
}

function widthAt48(crop: GrayImage | undefined): number {
  if (!crop) return 0;
  return Math.min(MAX_WIDTH, Math.max(STEP, Math.round((crop.width * HEIGHT) / Math.max(crop.height, 1))));
}

async function recognizeBatch(models: OcrModels, crops: readonly GrayImage[]): Promise<OcrLine[]> {
  const widths = crops.map(widthAt48);
  const width = Math.ceil(Math.max(...widths) / STEP) * STEP;
  const plane = HEIGHT * width;
  const input = new Float32Array(crops.length * 3 * plane); // 0 is mid-gray after normalising, as PaddleOCR pads
  crops.forEach((crop, n) => {
    const scaled = resize(crop, widths[n] ?? STEP, HEIGHT);
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < scaled.width; x++) {
        const value = (scaled.data[y * scaled.width + x] ?? 255) / 127.5 - 1;
        for (let c = 0; c < 3; c++) input[n * 3 * plane + c * plane + y * width + x] = value;
      }
    }
  });
  const tensor = new models.ort.Tensor('float32', input, [crops.length, 3, HEIGHT, width]);
  const output = await models.recognizer.run({ [models.recognizer.inputNames[0] ?? 'x']: tensor });
  const result = output[models.recognizer.outputNames[0] ?? ''];
  if (!result) throw new Error('the recogniser gave no output');
  const [, steps = 0, classes = 0] = result.dims;
  const probabilities = result.data as Float32Array;
  return crops.map((_, n) => {
    const used = Math.max(1, Math.min(steps, Math.ceil((widths[n] ?? STEP) / STEP)));
    const at = (t: number) => probabilities.subarray((n * steps + t) * classes, (n * steps + t + 1) * classes);
    return decodeLine(models.characters, at, used);
  });
}

/** Greedy CTC: the best class per step, repeats joined, blanks dropped; a character's confidence is its peak. */
export function decodeLine(characters: readonly string[], at: (step: number) => Float32Array, steps: number): OcrLine {
  const chars: OcrChar[] = [];
  const digits: OcrChar[] = [];
  let previous = 0;
  let previousDigit = 0;
  for (let t = 0; t < steps; t++) {
    const row = at(t);
    const best = argmax(row, ALL);
    emit(chars, best, previous, row[best] ?? 0, t);
    previous = best;
    const numbers = numberClasses(characters);
    // Where the free reading sees a letter a digit is taken for (o, l, ]), the blank may still outweigh every
    // digit: the number's reading then takes the likeliest digit there, no surer than that letter was.
    const lookalike = best !== 0 && DIGIT_LOOKALIKE.test(characters[best] ?? '');
    const counted = lookalike ? numbers.slice(1) : numbers;
    const digit = argmax(row, counted);
    const runnerUp = argmax(row, counted, digit);
    const share = (row[digit] ?? 0) / numberMass(row, numbers);
    const overridden = lookalike && (row[0] ?? 0) >= (row[digit] ?? 0); // the blank outweighed every digit
    emit(digits, digit, previousDigit, overridden ? Math.min(share, row[best] ?? 0) : share, t, runnerUp);
    previousDigit = digit;
  }
  function emit(into: OcrChar[], k: number, before: number, confidence: number, t: number, runnerUp = 0): void {
    const from = t / steps;
    const to = (t + 1) / steps;
    if (k === 0) return;
    const second = runnerUp > 0 ? { second: characters[runnerUp] ?? '' } : {};
    const last = into.at(-1);
    if (k === before && last) {
      if (confidence > last.confidence) Object.assign(last, { confidence, ...second });
      last.to = to;
    } else into.push({ char: characters[k] ?? '', confidence, from, to, ...second });
  }
  const text = chars.map((c) => c.char).join('');
  return { text, chars, digits: digitsReading(digits) };
}

/** The digits-only reading, as sure as its least sure digit, and with that digit's runner-up the other reading. */
function digitsReading(digits: readonly OcrChar[]): OcrLine['digits'] {
  const text = digits.map((c) => c.char).join('');
  const weakest = digits.reduce<OcrChar | undefined>((w, c) => (!w || c.confidence < w.confidence ? c : w), undefined);
  if (!weakest) return { text, confidence: 1 };
  const index = digits.indexOf(weakest);
  const second = weakest.second;
  return {
    text,
    confidence: weakest.confidence,
    ...(second && { second: digits.map((c, i) => (i === index ? second : c.char)).join('') }),
  };
}

/**
 * The probability of the characters a number is written with at one step, blank aside: a digit's confidence is
 * its share of it, i.e. how sure the model is which digit it is once the cell is known to hold a number (a lone
 * 0 shares its step with o and O, which says nothing about its value).
 */
function numberMass(row: Float32Array, numbers: readonly number[]): number {
  let mass = 0;
  for (const k of numbers) if (k !== 0) mass += row[k] ?? 0;
  return Math.max(mass, 1e-9);
}

/** Every class. */
const ALL = null;
const numberClassCache = new WeakMap<readonly string[], number[]>();
/** The blank and the classes of characters a number is written with. */
function numberClasses(characters: readonly string[]): number[] {
  let classes = numberClassCache.get(characters);
  if (!classes) {
    classes = [0, ...characters.flatMap((char, k) => (NUMBER.test(char) ? [k] : []))];
    numberClassCache.set(characters, classes);
  }
  return classes;
}

/** The most probable class among `allowed` (all when null), `except` aside. */
function argmax(row: Float32Array, allowed: readonly number[] | null, except = -1): number {
  let best = 0;
  let value = -1;
  const count = allowed ? allowed.length : row.length;
  for (let i = 0; i < count; i++) {
    const k = allowed ? (allowed[i] ?? 0) : i;
    if (k !== except && (row[k] ?? 0) > value) {
      value = row[k] ?? 0;
      best = k;
    }
  }
  return best;
}
