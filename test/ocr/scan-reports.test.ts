import { describe, expect, it } from 'vitest';
import { SCAN_CASES, scanCasePdfs } from '../../corpus/ocr/scan-corpus.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { ocrScan } from '../../functions/parse/formats/ocr/ocr-scan.js';
import { readReport } from '../../functions/parse/read-report.js';
import { checkReport } from '../../functions/validate/check-report.js';

// The slow OCR suite (a few seconds a page): scans of the corpus's text PDFs, read end to end in this process.

const errorsOf = (result: ReadResult): string[] => {
  if (result.status !== 'parsed') return result.findings.map((f) => `${f.rule} ${f.message}`);
  const errors = checkReport(result.report).findings.filter((f: Finding) => f.severity === 'error');
  return errors.map((f) => `${f.rule} ${f.row ?? ''} ${f.column ?? ''}`).sort();
};

describe('scanned reports (OCR)', () => {
  for (const scanCase of SCAN_CASES) {
    it(`${scanCase.name}: the scan gives its text twin's errors, the ones written down for it`, { timeout: 240_000 }, async () => {
      const { text, scan } = await scanCasePdfs(scanCase);
      const twin = await readReport({ name: `${scanCase.name}.pdf`, bytes: text });
      const scanned = await readReport({ name: `${scanCase.name}.pdf`, bytes: scan }, {}, ocrScan);

      expect(scanned.status).toBe('parsed');
      if (scanned.status !== 'parsed') return;
      // Every number of the tables kept how sure OCR was of it.
      expect(Object.keys(scanned.report.ocr ?? {}).length).toBeGreaterThan(150);
      const written = scanCase.errors.map((e) => `${e.rule} ${e.row ?? ''} ${e.column ?? ''}`).sort();
      expect(errorsOf(twin)).toEqual(written);
      expect(errorsOf(scanned)).toEqual(written);
      // No other finding of the scan is an error; doubts are at most OCR-UNSURE warnings.
      const rules = new Set(checkReport(scanned.report).findings.map((f) => f.rule));
      expect([...rules].filter((rule) => rule.startsWith('T') && !written.some((w) => w.startsWith(rule)))).toEqual([]);
    });
  }

  it('a photo-like .jpg of a table page reads its numbers as a clean scan of it does', { timeout: 180_000 }, async () => {
    const { scannedPages } = await import('../../corpus/ocr/scan-pdf.js');
    const { text } = await scanCasePdfs(SCAN_CASES[1]!);
    const [clean] = (await scannedPages(text, { degrees: 0, quality: 95, noise: 0, seed: 4 })).slice(1);
    const [photo] = (await scannedPages(text, { degrees: 1.8, quality: 55, noise: 0.004, photo: true, seed: 5 })).slice(1);
    const numbers = async (jpeg: Buffer) => {
      const [page] = await ocrScan({ kind: 'image', bytes: jpeg });
      const cells = (page?.cells ?? []).filter((cell) => /^\d+$/.test(cell.text));
      return { page, read: new Map(cells.map((cell) => [`${cell.grid}/${cell.cell.row}/${cell.cell.col}`, cell.text])) };
    };
    const truth = await numbers(clean!);
    const seen = await numbers(photo!);
    const right = [...truth.read].filter(([at, value]) => seen.read.get(at) === value).length;
    // The page holds most of Table 三 and all of Table 四: well over a hundred numbers.
    expect(truth.read.size).toBeGreaterThan(100);
    expect(right / truth.read.size).toBeGreaterThanOrEqual(0.95);
    expect(seen.page?.degrees).toBeCloseTo(1.8, 0);
  });

  it('without OCR given, a page image is refused with S-FORMAT as a file without text', async () => {
    const result = await readReport({ name: 'scan.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(result.status === 'rejected' && result.findings[0].message).toContain('没有可读取的文字');
  });

  it('an image that is no picture is an S-FORMAT, not a crash', async () => {
    const result = await readReport({ name: 'scan.jpg', bytes: new TextEncoder().encode('not a jpeg') }, {}, ocrScan);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') expect(result.findings[0].message).toContain('图片文件已损坏');
  });
});
