import { isTiff } from '../sniff.js';
import { UnreadableFileError } from '../unreadable.js';
import { type GrayImage, grayFromRgba, shrink } from './gray-image.js';
import type { SharperPage } from './reread-unsure.js';

type Canvas = typeof import('@napi-rs/canvas');

const BAD_IMAGE = '图片文件已损坏或格式无法识别（支持 JPG、PNG、TIFF），无法读取。请重新扫描或拍照后上传，或提供可复制文字的PDF文件或.docx文件。';

/**
 * The resolution pages are read at: 150 dpi puts a 9-pt table digit ~19 px high, which the recogniser (48 px
 * lines) reads without loss, and keeps detection on an A4 page near a second.
 */
export const OCR_DPI = 150;
/** An A4 page's width at OCR_DPI; larger photos and scans are scaled down to it, smaller ones left alone. */
const PAGE_WIDTH = Math.round((595.28 / 72) * OCR_DPI);
/** A page this many times wider than PAGE_WIDTH is scaled down: a 300-dpi scan reads no better and costs 4×. */
const DOWNSCALE_FROM = 1.3;
/** Beyond this a scan is not a report; the OCR stage stops instead of running for minutes. */
export const MAX_OCR_PAGES = 40;
/** A page image's pixels at most, checked before it is decoded: an A4 page scanned at 600 dpi has 35 million. */
export const MAX_PAGE_PIXELS = 40_000_000;
/**
 * A TIFF's pixels at most, all pages: 34 A4 pages at 300 dpi. A fax-compressed page of 35 million pixels takes a few
 * hundred bytes and ~4 s to decode on two busy cores: this bounds what a small file costs to well under a minute.
 */
export const MAX_TIFF_PIXELS = 300_000_000;

/** A page image at most PAGE_WIDTH × DOWNSCALE_FROM wide. */
export function atReadingSize(image: GrayImage): GrayImage {
  if (image.width <= PAGE_WIDTH * DOWNSCALE_FROM) return image;
  return shrink(image, PAGE_WIDTH, Math.round((image.height * PAGE_WIDTH) / image.width));
}

/**
 * The pages of an image file at reading size: a TIFF's every page (MAX_OCR_PAGES at most, decoded one at a time),
 * else the one picture of a .jpg or .png (or anything the image decoder knows); throws UnreadableFileError when it is
 * no image or over a budget. A page scanned finer than it is read at is kept while it is the page the iteration
 * stands on: re-reads of unsure numbers take its own pixels (a 300-dpi fax scan's digits are whole there).
 */
export async function* imagePages(bytes: Uint8Array): AsyncGenerator<{ image: GrayImage; sharper: SharperPage }> {
  const pictures = isTiff(bytes) ? await tiffPictures(bytes) : [await decodeImage(bytes)];
  for (const picture of pictures) {
    const image = atReadingSize(picture);
    const sharper: SharperPage = async (factor) => {
      const [width, height] = [Math.round(image.width * factor), Math.round(image.height * factor)];
      return picture.width >= width * SHARPER_MARGIN ? shrink(picture, width, height) : undefined;
    };
    yield { image, sharper };
  }
}

async function tiffPictures(bytes: Uint8Array): Promise<Iterable<GrayImage>> {
  const { tiffPages } = await import('./tiff-pages.js');
  return tiffPages(bytes, { pages: MAX_OCR_PAGES, pagePixels: MAX_PAGE_PIXELS, filePixels: MAX_TIFF_PIXELS }, BAD_IMAGE);
}

/** A picture the image decoder knows as a gray page; throws when it is no image. */
async function decodeImage(bytes: Uint8Array): Promise<GrayImage> {
  const canvas: Canvas = await import('@napi-rs/canvas');
  const picture = await canvas.loadImage(Buffer.from(bytes)).catch((error: unknown) => {
    throw new UnreadableFileError(BAD_IMAGE, { cause: error });
  });
  const surface = canvas.createCanvas(picture.width, picture.height);
  const context = surface.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, picture.width, picture.height);
  context.drawImage(picture, 0, 0);
  const { data } = context.getImageData(0, 0, picture.width, picture.height);
  return grayFromRgba(data, picture.width, picture.height);
}

/**
 * A scanned PDF's pages, each drawn at OCR_DPI (a scan's page is its image; pdfjs draws it with @napi-rs/canvas)
 * and drawn again sharper on request (`factor` × OCR_DPI) while it is the page the iteration stands on — only where
 * the page holds that detail: a 150-dpi scan drawn at 300 dpi is merely upsampled, which vouches for no reading.
 */
export async function* scannedPdfPages(bytes: Uint8Array): AsyncGenerator<{ image: GrayImage; sharper: SharperPage }> {
  for await (const { draw, detailDpi } of pdfPageDrawers(bytes)) {
    const gray = async (dpi: number) => grayOfCanvas(await draw(dpi));
    const sharper: SharperPage = async (factor) =>
      (await detailDpi()) >= OCR_DPI * factor * SHARPER_MARGIN ? gray(OCR_DPI * factor) : undefined;
    yield { image: await gray(OCR_DPI), sharper };
  }
}

/** A scan's stated resolution rounds: a page scanned at 300 dpi may hold 295 dpi across the PDF's page. */
const SHARPER_MARGIN = 0.9;

function grayOfCanvas(surface: import('@napi-rs/canvas').Canvas): GrayImage {
  const { data } = surface.getContext('2d').getImageData(0, 0, surface.width, surface.height);
  return grayFromRgba(data, surface.width, surface.height);
}

const TOO_MANY_PAGES = `扫描件超过 ${MAX_OCR_PAGES} 页，远超一份政府信息公开工作年度报告，未作识别；请只上传年度报告本身，或提供可复制文字的PDF文件或.docx文件。`;

/** Each page of a PDF drawn on white at `dpi`. */
export async function* drawPdfPages(bytes: Uint8Array, dpi: number): AsyncGenerator<import('@napi-rs/canvas').Canvas> {
  for await (const { draw } of pdfPageDrawers(bytes)) yield await draw(dpi);
}

/** A PDF page (until the iteration moves on): drawn on white at a dpi, and the detail its pictures hold. */
interface PdfPageDrawing {
  draw(dpi: number): Promise<import('@napi-rs/canvas').Canvas>;
  /** Pixels per inch of the page's largest picture across the page; Infinity for a page of lines and shapes only. */
  detailDpi(): Promise<number>;
}

/** A PDF's pages, drawn on request; a file of more than MAX_OCR_PAGES is refused, never read in part. */
async function* pdfPageDrawers(bytes: Uint8Array): AsyncGenerator<PdfPageDrawing> {
  const canvas: Canvas = await import('@napi-rs/canvas');
  // pdfjs draws with the DOMMatrix of the canvas it draws on; the text-only reader may have put a stand-in there.
  Object.assign(globalThis, { DOMMatrix: canvas.DOMMatrix, Path2D: canvas.Path2D, ImageData: canvas.ImageData });
  const { loadPdfjs } = await import('../pdf/read-pdf.js');
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    if (doc.numPages > MAX_OCR_PAGES) throw new UnreadableFileError(TOO_MANY_PAGES);
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      yield {
        async draw(dpi) {
          const viewport = page.getViewport({ scale: dpi / 72 });
          const surface = canvas.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
          const context = surface.getContext('2d');
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, surface.width, surface.height);
          await page.render({ canvas: surface as never, canvasContext: context as never, viewport }).promise;
          return surface;
        },
        async detailDpi() {
          // paintImageXObject's arguments are [object id, width, height] in pixels.
          const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
          const pixels = fnArray.flatMap((fn, index) =>
            fn === pdfjs.OPS.paintImageXObject ? [Math.max(...((argsArray[index] as number[]).slice(1, 3)))] : [],
          );
          const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
          return pixels.length === 0 ? Infinity : (Math.max(...pixels) / Math.max(right - left, top - bottom)) * 72;
        },
      };
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}
