import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { drawPdfPages, OCR_DPI } from '../../functions/parse/formats/ocr/page-images.js';
import { createRandom, type Random } from '../synthetic-random.js';

/** How a page was scanned: turned on the glass, JPEG quality, speckle noise, and for a photo, uneven light. */
export interface ScanStyle {
  degrees: number;
  /** JPEG quality, 0 … 100. */
  quality: number;
  /** Share of pixels speckled (dust, toner). */
  noise: number;
  /** A phone photo: light falling off toward one corner and a grey cast; the page no longer white. */
  photo?: boolean;
  seed: number;
  dpi?: number;
}

const A4 = { width: 595.28, height: 841.89 } as const;

/**
 * A text PDF's pages as a scanner makes them: each page drawn at `dpi`, turned, speckled, JPEG-compressed, and put
 * back into a PDF with no text layer (one image per page, as a scanned report is).
 */
export async function scanPdf(textPdf: Uint8Array, style: ScanStyle): Promise<Uint8Array> {
  const pages = await scannedPages(textPdf, style);
  const doc = await PDFDocument.create();
  for (const jpeg of pages) {
    const image = await doc.embedJpg(jpeg);
    doc.addPage([A4.width, A4.height]).drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  }
  return doc.save();
}

/** Each page of a text PDF as a scanned JPEG. */
export async function scannedPages(textPdf: Uint8Array, style: ScanStyle): Promise<Buffer[]> {
  const jpegs: Buffer[] = [];
  for await (const page of scannedCanvases(textPdf, style)) jpegs.push(page.toBuffer('image/jpeg', style.quality));
  return jpegs;
}

/** Each page of a text PDF as the scanner sees it, before it is saved (JPEG quality aside). */
export async function* scannedCanvases(textPdf: Uint8Array, style: ScanStyle): AsyncGenerator<Canvas> {
  const random = createRandom(style.seed);
  for await (const flat of drawPdfPages(textPdf, style.dpi ?? OCR_DPI)) {
    const turned = paper(flat.width, flat.height);
    const context = turned.getContext('2d');
    context.translate(flat.width / 2, flat.height / 2);
    context.rotate((style.degrees * Math.PI) / 180);
    context.drawImage(flat, -flat.width / 2, -flat.height / 2);
    context.setTransform(1, 0, 0, 1, 0, 0);
    soil(turned, style, random);
    yield turned;
  }
}

function paper(width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas;
}

/** Speckles, and for a photo a light gradient and a grey cast, on the page's pixels. */
function soil(canvas: Canvas, style: ScanStyle, random: Random): void {
  const context = canvas.getContext('2d');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const { data, width, height } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      // A photo: the far corner gets ~30% less light, the whole page a warm grey.
      const light = style.photo ? 0.92 - 0.3 * ((x / width + y / height) / 2) : 1;
      let value = (data[p] ?? 255) * light;
      if (random.next() < style.noise) value = random.next() < 0.5 ? value * 0.5 : Math.min(255, value + 80);
      data[p] = value;
      data[p + 1] = value * (style.photo ? 0.97 : 1);
      data[p + 2] = value * (style.photo ? 0.9 : 1);
    }
  }
  context.putImageData(image, 0, 0);
}
