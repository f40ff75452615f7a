import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../../../functions/parse/formats/pdf/read-pdf.js';
import { pageRulings } from '../../../../functions/parse/formats/pdf/rulings.js';

/**
 * load.ts asks pdfjs not to convert fonts for drawing (textOnlyFonts, added by patches/pdfjs-dist+*.patch, which
 * `npm ci` applies). What the reader takes from pdfjs — every text item and the ruling lines — must not change.
 */
const ROOT = new URL('../../../../', import.meta.url);
const pdfs = ['test/fixtures', 'examples'].flatMap((folder) =>
  readdirSync(new URL(folder, ROOT), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.pdf'))
    .map((path) => `${folder}/${path}`),
);

async function whatTheReaderSees(bytes: Uint8Array, textOnlyFonts: boolean): Promise<unknown[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, textOnlyFonts, verbosity: 0 })
    .promise;
  const pages: unknown[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    // fontName names the document (g_d0_f1, g_d1_f1): the one thing that differs between two loads.
    const items = (await page.getTextContent()).items.map((item) => ({ ...item, fontName: undefined }));
    pages.push({ items, rulings: await pageRulings(pdfjs, page) });
  }
  await doc.destroy();
  return pages;
}

describe('pdfjs with textOnlyFonts', () => {
  it('is the patched build (npm ci applies patches/ in postinstall)', () => {
    const worker = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    expect(readFileSync(worker, 'utf8')).toContain('evaluatorOptions.textOnlyFonts');
  });

  it('finds the PDFs it compares', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pdfs)('gives the reader the same text and rulings in %s', async (path) => {
    const bytes = new Uint8Array(readFileSync(new URL(path, ROOT)));
    expect(await whatTheReaderSees(bytes, true)).toEqual(await whatTheReaderSees(bytes, false));
  });
});
