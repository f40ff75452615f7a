import { loadOcrModels } from './ocr-models.js';
import { type OcrPage, ocrPage } from './ocr-page.js';
import { imagePages, scannedPdfPages } from './page-images.js';

/** A file to read by OCR: a PDF without a text layer, or an image file (.jpg, .png, or .tif of one or more pages). */
export interface Scan {
  kind: 'pdf' | 'image';
  bytes: Uint8Array;
}

/** Reads a scan into pages of positioned text: in this process, or (deployed) in the OCR function. */
export type ReadScan = (scan: Scan) => Promise<OcrPage[]>;

/** OCR in this process (readReport's third argument): the models load on first use and stay for the next file. */
export const ocrScan: ReadScan = async (scan) => {
  const pages: OcrPage[] = [];
  // A PDF's page can be drawn again at a higher resolution, and an image finer than it is read at keeps its pixels,
  // to re-read the numbers read unsurely.
  const pageImages = scan.kind === 'pdf' ? scannedPdfPages(scan.bytes) : imagePages(scan.bytes);
  for await (const { image, sharper } of pageImages) {
    pages.push(await ocrPage(await loadOcrModels(), image, pages.length + 1, sharper));
  }
  return pages;
};
