import type { GrayImage } from './gray-image.js';
import { loadOcrModels } from './ocr-models.js';
import { type OcrPage, ocrPage } from './ocr-page.js';
import { decodeImages, renderPdfPages } from './page-images.js';

/** A file to read by OCR: a PDF without a text layer, or an image file (.jpg, .png, or .tif of one or more pages). */
export interface Scan {
  kind: 'pdf' | 'image';
  bytes: Uint8Array;
}

/** Reads a scan into pages of positioned text: in this process, or (deployed) in the OCR function. */
export type ReadScan = (scan: Scan) => Promise<OcrPage[]>;

/** OCR in this process (readReport's third argument): the models load on first use and stay for the next file. */
export const ocrScan: ReadScan = async (scan) => {
  const images: GrayImage[] = scan.kind === 'pdf' ? await renderPdfPages(scan.bytes) : await decodeImages(scan.bytes);
  const models = await loadOcrModels();
  const pages: OcrPage[] = [];
  for (const [index, image] of images.entries()) pages.push(await ocrPage(models, image, index + 1));
  return pages;
};
