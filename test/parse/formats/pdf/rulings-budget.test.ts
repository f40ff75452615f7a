import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../functions/parse/formats/pdf/read-pdf.js';

/**
 * A page of numbers under a mesh of 1,200 lines each way, 10 pt apart on the largest page PDF allows: a drawing, or
 * a file made to stall the reader (a grid of every line would weigh 1.4 million cells against 2,400 lines).
 */
async function meshPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([14_000, 14_000]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const line = { thickness: 0.5, color: rgb(0, 0, 0) };
  for (let i = 0; i < 1200; i++) {
    const at = 100 + i * 10;
    page.drawLine({ start: { x: 100, y: at }, end: { x: 12_100, y: at }, ...line });
    page.drawLine({ start: { x: at, y: 100 }, end: { x: at, y: 12_100 }, ...line });
  }
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 7; col++) page.drawText(String(col + 1), { x: 100 + col * 40, y: 13_000 - row * 12, size: 10, font });
  }
  return doc.save();
}

describe('readPdf on a page of thousands of ruling lines', () => {
  it('reads its text by position in well under the time a grid of every line would take', async () => {
    const bytes = await meshPdf();
    const start = performance.now();
    const { rows } = await readPdf(bytes);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(rows.flatMap((row) => row.cells.map((cell) => cell.text))).toContain('7');
  });
});
