import { loadOcrModels } from './ocr-models.js';
import { type OcrPage, ocrPage } from './ocr-page.js';
import { decodeImages, scannedPdfPages } from './page-images.js';

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
  if (scan.kind === 'pdf') {
    // A PDF's page can be drawn again at a higher resolution, to re-read the numbers read unsurely.
    for await (const { image, sharper } of scannedPdfPages(scan.bytes)) {
      pages.push(await ocrPage(await loadOcrModels(), image, pages.length + 1, sharper));
    }
  } else {
    const images = await decodeImages(scan.bytes);
    for (const [index, image] of images.entries()) pages.push(await ocrPage(await loadOcrModels(), image, index + 1));
  }
  return pages;
};
