import { PDFDocument } from 'pdf-lib';
import { pdfFromObjects } from './pdf-objects.js';

/** A one-page PDF holding only an image, as a scanner makes it: no text layer at all. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A 1×1 grey PNG stands in for the scanned page.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
    'base64',
  );
  const image = await doc.embedPng(png);
  doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

/**
 * A minimal PDF encrypted with the standard security handler (RC4, 40-bit) and a user password: pdf-lib cannot
 * encrypt, so the file is written by hand. Its O and U entries match no empty password, so a reader must ask for one.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0').repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(0x4f)}> /U <${hex(0x55)}> >>`,
  ];
  const id = '0123456789abcdef0123456789abcdef';
  return pdfFromObjects(objects, ` /Encrypt 4 0 R /ID [<${id}> <${id}>]`);
}
