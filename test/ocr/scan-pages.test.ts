import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ocrScan } from '../../functions/parse/formats/ocr/ocr-scan.js';
import { MAX_OCR_PAGES } from '../../functions/parse/formats/ocr/page-images.js';
import { readReport } from '../../functions/parse/read-report.js';

/** A PDF of blank pages: no text layer, so it goes to OCR. */
async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let page = 0; page < pages; page++) doc.addPage([595, 842]);
  return doc.save();
}

describe('a scanned PDF of too many pages', () => {
  it('is refused whole with its reason, never read in part', async () => {
    const result = await readReport({ name: 'scan.pdf', bytes: await blankPdf(MAX_OCR_PAGES + 1) }, {}, ocrScan);
    expect(result.status).toBe('rejected');
    expect(result.status === 'rejected' && result.findings[0].message).toMatch(
      /^扫描件超过 40 页，远超一份政府信息公开工作年度报告，未作识别/,
    );
  });
});
