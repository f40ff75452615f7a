import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { type LatticeGrid, latticeGrids } from './lattice.js';
import { pageRulings } from './rulings.js';
import { NoTextLayerError, UnreadableFileError, overBudget } from '../unreadable.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** One run of text on a page, in PDF user space (y grows upwards), as pdfjs reports it. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size: the item's height, or its transform's vertical scale when pdfjs gives no height. */
  size: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  height: number;
  items: PdfTextItem[];
  /** The page's ruled tables (from its drawn lines), top first; none on a page with no table. */
  grids: LatticeGrid[];
}

/** Beyond this a "report" is not an annual report; reading stops instead of running for minutes. */
export const MAX_PAGES = 200;
const MAX_MS = 20_000;
/**
 * Text items (blank ones aside) on one page and in all: a report's page has one to three hundred, 2,000 is a page of
 * glyphs set one by one; more is a drawing or a data dump, and the layout's time grows faster than its items.
 */
export const MAX_PAGE_ITEMS = 2_000;
export const MAX_TEXT_ITEMS = 50_000;
/**
 * Fewer characters than this per page on average is a scan whose only text is what the scanner or the site
 * stamped on it (page numbers, a watermark); a text page of a report holds hundreds.
 */
const MIN_TEXT_PER_PAGE = 20;

const NO_TEXT = '该PDF文件没有可读取的文字层（可能是扫描件或图片），无法自动核查。请提供可复制文字的PDF文件或.docx文件。';
const ENCRYPTED = '该PDF文件已加密（需要密码才能打开），无法自动核查。请提供未加密的、可复制文字的PDF文件或.docx文件。';
const CORRUPT = '该PDF文件已损坏或不完整，无法读取。请重新导出可复制文字的PDF文件，或提供.docx文件。';
const TOO_BIG = `该PDF文件超过${MAX_PAGES}页，不像是政府信息公开工作年度报告，未作核查。请提供年度报告的PDF文件或.docx文件。`;
const TOO_SLOW = '该PDF文件读取超时，无法自动核查。请提供可复制文字的PDF文件或.docx文件。';
const TOO_MANY_ITEMS = `该PDF文件中的文字块超过 ${MAX_TEXT_ITEMS / 10_000} 万个`;
const TOO_DENSE = (page: number) => `该PDF文件第 ${page} 页的文字块超过 ${MAX_PAGE_ITEMS} 个`;

/** Reads every page's text items; throws UnreadableFileError (Chinese) when the file cannot be read as text. */
export async function loadPdfPages(pdfjs: Pdfjs, bytes: Uint8Array): Promise<PdfPage[]> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    // Nothing here draws a glyph: fonts whose ToUnicode map gives their text are not converted for drawing, which
    // was half of pdfjs's time (an option patches/ adds; test/parse/formats/pdf/text-only-fonts.test.ts).
    textOnlyFonts: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
    ...cMaps(),
  });
  const timer = setTimeout(() => void task.destroy(), MAX_MS);
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw new UnreadableFileError(isPasswordError(error) ? ENCRYPTED : CORRUPT, { cause: error });
    });
    if (doc.numPages > MAX_PAGES) throw new UnreadableFileError(TOO_BIG);
    const pages: PdfPage[] = [];
    let itemCount = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ('str' in item ? toTextItem(item) : []));
      if (items.length > MAX_PAGE_ITEMS) throw overBudget(TOO_DENSE(number));
      if ((itemCount += items.length) > MAX_TEXT_ITEMS) throw overBudget(TOO_MANY_ITEMS);
      const [, bottom = 0, , top = 0] = page.view;
      // Drawing operators cost as much again as the text: read only where numbers say a table may stand.
      const grids = mayHoldTable(items) ? latticeGrids(await pageRulings(pdfjs, page)) : [];
      pages.push({ number, height: top - bottom, items, grids });
    }
    if (textLength(pages) < MIN_TEXT_PER_PAGE * pages.length) throw new NoTextLayerError(NO_TEXT, 'pdf');
    return pages;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(task.destroyed ? TOO_SLOW : CORRUPT, { cause: error });
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

/**
 * Where pdfjs finds the predefined CMaps of fonts a PDF names but does not embed (STSong-Light with UniGB-UCS2-H,
 * iText's default for Chinese): without them such text reads as nothing. Left out when pdfjs ships without them.
 */
function cMaps(): { cMapUrl?: string; cMapPacked?: boolean } {
  try {
    const directory = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
    return existsSync(directory) ? { cMapUrl: directory + sep, cMapPacked: true } : {};
  } catch {
    return {};
  }
}

/** A table row prints several numbers; a page of prose has a date or two. */
const TABLE_NUMBERS = 6;
function mayHoldTable(items: readonly PdfTextItem[]): boolean {
  return items.filter((item) => /^\s*[\d０-９][\d０-９,.]*\s*$/.test(item.text)).length >= TABLE_NUMBERS;
}

/** Characters of text, spaces aside, on all pages. */
function textLength(pages: readonly PdfPage[]): number {
  const itemLength = (item: PdfTextItem): number => item.text.replace(/\s/g, '').length;
  return pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + itemLength(item), 0), 0);
}

function toTextItem(item: { str: string; transform: number[]; width: number; height: number }): PdfTextItem[] {
  const text = item.str.trim();
  if (text === '') return [];
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = item.height > 0 ? item.height : Math.hypot(c, d) || Math.hypot(a, b);
  return [{ text: item.str, x, y, width: item.width, size }];
}

function isPasswordError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PasswordException';
}
