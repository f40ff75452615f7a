import type { PdfPage, PdfTextItem } from './load.js';

/** A run of text items on one baseline with no wide gap between them: a table cell, or a whole prose line. */
export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, PDF user space (up is larger). */
  y: number;
  size: number;
}

export interface PdfLine {
  page: number;
  /** 1-based position of the line on its page, counted before headers and footers are dropped. */
  line: number;
  y: number;
  size: number;
  cells: PdfCell[];
}

/** Items whose baselines differ by less than this share a line (a fraction of the font size). */
const BASELINE_TOLERANCE = 0.3;
/**
 * A horizontal gap wider than this (× font size) separates two cells: prose runs on, while neighbouring cells of a
 * narrow-columned table stand as little as a cell's padding apart (`三、本` | `（一）予以公`).
 */
const CELL_GAP = 0.5;
/** A gap wider than this (× font size) is a visible space between words. */
const WORD_GAP = 0.15;
const isNumber = (text: string): boolean => /^\s*[+\-−]?\d[\d,.]*\s*$/.test(text);
/** Headers and footers sit in this outer fraction of the page height. */
const MARGIN_ZONE = 0.1;
const PAGE_NUMBER = [
  /^[-—–－\s]*\d+[-—–－\s]*$/,
  /^第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];

/** Every page's lines, top to bottom, without running headers, footers and page numbers. */
export function readLines(pages: readonly PdfPage[]): PdfLine[] {
  const perPage = pages.map((page) => ({ page, lines: pageLines(page) }));
  const repeated = repeatedMarginTexts(perPage);
  return perPage.flatMap(({ page, lines }) =>
    lines.filter(
      (line, index) =>
        !(isEdge(index, lines.length, line, page) && !inBody(index, lines) && isFurniture(lineText(line), repeated)),
    ),
  );
}

/** Lines closer than this (× font size) are one block of text: a running header stands apart from the body. */
const BLOCK_GAP = 1.5;

/**
 * True when the line is set in one unbroken block with the page's body: the first lines of a table header printed
 * again on each page, not a running header, though they repeat at the page's top as one does.
 */
function inBody(index: number, lines: readonly PdfLine[]): boolean {
  const step = index < 2 ? 1 : -1;
  for (let at = index; at >= 0 && at < lines.length; at += step) {
    if (at >= 2 && at < lines.length - 2) return true;
    const [upper, lower] = step === 1 ? [lines[at], lines[at + 1]] : [lines[at - 1], lines[at]];
    if (!upper || !lower || upper.y - lower.y > BLOCK_GAP * Math.max(upper.size, lower.size)) return false;
  }
  return false;
}

export function lineText(line: PdfLine): string {
  return line.cells.map((cell) => cell.text).join(' ');
}

function pageLines(page: PdfPage): PdfLine[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= BASELINE_TOLERANCE * Math.min(first.size, item.size)) {
      group.push(item);
    } else groups.push([item]);
  }
  return groups.map((group, index) => {
    const size = Math.max(...group.map((item) => item.size));
    return { page: page.number, line: index + 1, y: group[0]?.y ?? 0, size, cells: toCells(group) };
  });
}

function toCells(items: PdfTextItem[]): PdfCell[] {
  const cells: PdfCell[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const cell = cells.at(-1);
    const gap = cell ? item.x - cell.x1 : Infinity;
    // Two numbers a visible space apart are two cells (`0 2` in adjacent narrow columns), and so is a number set
    // apart from the label before it: a table never prints one value as `0 2`, prose never spaces a count off.
    const spaced = gap > WORD_GAP * item.size;
    const apart = spaced && cell !== undefined && (isNumber(item.text) || isNumber(cell.text));
    if (cell && !apart && gap <= CELL_GAP * Math.max(cell.size, item.size)) {
      cell.text += spaced ? ` ${item.text}` : item.text;
      cell.x1 = Math.max(cell.x1, item.x + item.width);
    } else {
      cells.push({ text: item.text, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size });
    }
  }
  return cells.flatMap((cell) => {
    const text = cell.text.replace(/\s+/g, ' ').trim();
    return text === '' ? [] : [{ ...cell, text }];
  });
}

/** Only the outer two lines at each end of a page, inside the margin zone, can be page furniture. */
function isEdge(index: number, count: number, line: PdfLine, page: PdfPage): boolean {
  const inZone = line.y < page.height * MARGIN_ZONE || line.y > page.height * (1 - MARGIN_ZONE);
  return inZone && (index < 2 || index >= count - 2);
}

/** A running header or footer prints the same words on several pages (page numbers aside). */
function repeatedMarginTexts(perPage: { page: PdfPage; lines: PdfLine[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { page, lines } of perPage) {
    const edges = lines.filter((line, index) => isEdge(index, lines.length, line, page));
    // Words, not a row of numbers: a table continuing at the top of several pages is not a header.
    const texts = new Set(edges.map((line) => shape(lineText(line))).filter((text) => /[^#\s\p{P}\p{S}]/u.test(text)));
    for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([text]) => text));
}

function isFurniture(text: string, repeated: Set<string>): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(text.trim())) || repeated.has(shape(text));
}

const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');
