import { describe, expect, it } from 'vitest';
import { SCAN_CASES, scanCasePdfs } from '../../corpus/ocr/scan-corpus.js';
import { createOcrHandler } from '../../functions/ocr/handler.js';
import { ocrReplySchema } from '../../functions/ocr/ocr-contract.js';
import { HAVE_TIFF_TOOLS, type RgbaPage, scanTiff, type TiffStorage, writeTiff } from '../../corpus/ocr/scan-tiff.js';
import { ocrScan } from '../../functions/parse/formats/ocr/ocr-scan.js';
import type { GrayImage } from '../../functions/parse/formats/ocr/gray-image.js';
import { imagePages, MAX_OCR_PAGES } from '../../functions/parse/formats/ocr/page-images.js';
import { sniffFormat } from '../../functions/parse/formats/sniff.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport, ReadResult } from '../../functions/shared/model/report.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { fakeContext } from '../shared/lambda-test-env.js';
import { grayTiff, lastNextOffset } from './support/gray-tiff.js';

// TIFF scans: decoded page by page (UTIF), their structure checked before a pixel is decoded. The files of a real
// producer come from libtiff's tools (corpus/ocr/scan-tiff.ts); the tests that need them skip, saying so, without.

const BROKEN = '图片文件已损坏或格式无法识别';
const rejectedWith = (result: ReadResult): string => (result.status === 'rejected' ? result.findings[0].message : 'parsed');

/** A page of `width` × `height` pixels whose value is its position: page order and every pixel are checked. */
const pattern = (width: number, height: number, salt: number) => ({
  width,
  height,
  pixels: Uint8Array.from({ length: width * height }, (_, i) => (i * 7 + salt) % 256),
});

/** A white page with a black box on it (ink any storage keeps, bilevel too), as RGBA. */
function boxPage(width: number, height: number, box: { x: number; y: number; size: number }): RgbaPage {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let y = box.y; y < box.y + box.size; y++) {
    for (let x = box.x; x < box.x + box.size; x++) rgba.set([0, 0, 0], (y * width + x) * 4);
  }
  return { width, height, rgba };
}
/** Every page of an image file, as OCR reads them. */
async function decodeImages(bytes: Uint8Array): Promise<GrayImage[]> {
  const pages: GrayImage[] = [];
  for await (const { image } of imagePages(bytes)) pages.push(image);
  return pages;
}
const inkOf = (data: Uint8Array) => Array.from(data, (value) => (value < 128 ? 1 : 0)).join('');

describe('TIFF scans', () => {
  it('are known by their first bytes, whichever byte order and whatever the name', async () => {
    const tiff = grayTiff([pattern(4, 3, 0)]);
    expect(sniffFormat(tiff)).toBe('tiff');
    expect(sniffFormat(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
    expect(sniffFormat(new Uint8Array([0x49, 0x49, 0x2b, 0x00]))).toBeUndefined(); // BigTIFF: none of UTIF's
    // Without OCR given, a TIFF saved as .txt is refused as a page image, not as text in an unknown encoding.
    expect(rejectedWith(await readReport({ name: 'report.txt', bytes: tiff }))).toContain('图片文件（扫描件或照片）');
  });

  it('give every page, in order, with its pixels', async () => {
    const pages = [pattern(40, 30, 0), pattern(25, 10, 3)];
    const decoded = await decodeImages(grayTiff(pages));
    expect(decoded.map(({ width, height }) => [width, height])).toEqual([[40, 30], [25, 10]]);
    expect(decoded.map((page) => [...page.data])).toEqual(pages.map((page) => [...page.pixels]));
  });

  it('keep a page scanned finer than it is read at for re-reads of its unsure numbers; a page at reading size has none', async () => {
    const fine = pattern(2480, 20, 1); // an A4 width at 300 dpi
    const sharpers = [];
    for await (const { image, sharper } of imagePages(grayTiff([fine, pattern(1240, 20, 2)]))) {
      sharpers.push({ read: [image.width, image.height], sharper: await sharper(2) });
    }
    expect(sharpers.map(({ read }) => read)).toEqual([[1240, 10], [1240, 20]]);
    expect([...(sharpers[0]?.sharper?.data ?? [])]).toEqual([...fine.pixels]);
    expect(sharpers[1]?.sharper).toBeUndefined();
  });

  it.runIf(HAVE_TIFF_TOOLS).each(['g4', 'lzw-gray', 'rgb'] as const)(
    "read libtiff's %s pages with the ink where it was drawn",
    async (storage: TiffStorage) => {
      const drawn = [boxPage(64, 48, { x: 5, y: 7, size: 9 }), boxPage(64, 48, { x: 40, y: 30, size: 12 })];
      const decoded = await decodeImages(await writeTiff(drawn, storage));
      expect(decoded).toHaveLength(2);
      const ink = (page: RgbaPage) => inkOf(Uint8Array.from({ length: page.width * page.height }, (_, i) => page.rgba[4 * i]!));
      expect(decoded.map((page) => inkOf(page.data))).toEqual(drawn.map(ink));
    },
  );

  describe('that no scanner writes are S-FORMAT before a pixel is decoded', () => {
    const read = (bytes: Uint8Array) => readReport({ name: '/uploads/scan.tif', bytes }, {}, ocrScan);

    it('a page claiming 100000 × 100000 pixels', async () => {
      const huge = grayTiff([pattern(10, 10, 0), { width: 100_000, height: 100_000, pixels: new Uint8Array(16) }]);
      const started = performance.now();
      expect(rejectedWith(await read(huge))).toBe(
        'TIFF 图片第 2 页为 100000×100000 像素，超过每页 4000 万像素的上限，无法读取；' +
          '请以 300 dpi 或更低的分辨率重新扫描后上传，或提供可复制文字的PDF文件或.docx文件。',
      );
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it('more pixels in all than a scan is read at', async () => {
      const page = { width: 6_000, height: 6_000, pixels: new Uint8Array(16) };
      expect(rejectedWith(await read(grayTiff(Array<typeof page>(9).fill(page))))).toMatch(
        /^TIFF 图片 9 页合计约 32400 万像素，超过 30000 万像素的上限，无法读取；请以 300 dpi/,
      );
    });

    it('more pages than a scan is read to', async () => {
      const many = grayTiff(Array.from({ length: MAX_OCR_PAGES + 1 }, (_, i) => pattern(2, 2, i)));
      expect(rejectedWith(await read(many))).toMatch(/^TIFF 图片超过 40 页，远超一份政府信息公开工作年度报告/);
    });

    it.each([
      {
        name: 'a chain of pages that loops',
        bytes: () => {
          const looped = grayTiff([pattern(4, 4, 0), pattern(4, 4, 1)]);
          new DataView(looped.buffer).setUint32(lastNextOffset(2), 8, true);
          return looped;
        },
      },
      { name: 'a copy cut short (pixels missing)', bytes: () => grayTiff([pattern(40, 30, 0)]).subarray(0, 500) },
      { name: 'a header and nothing else', bytes: () => new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]) },
      {
        name: 'a field claiming four billion values',
        bytes: () => {
          const claim = grayTiff([pattern(4, 4, 0)]);
          new DataView(claim.buffer).setUint32(8 + 2 + 4, 0xffff_ffff, true); // the width field's count
          return claim;
        },
      },
    ])('$name', async ({ bytes }) => {
      expect(rejectedWith(await read(bytes()))).toContain(BROKEN);
    });

    it('in the OCR function too, which parse asks for a TIFF upload as for any image', async () => {
      const huge = grayTiff([{ width: 100_000, height: 100_000, pixels: new Uint8Array(16) }]);
      const get = async () => ({ bytes: huge, lastModified: '2025-01-20T08:00:00.000Z' });
      const handler = createOcrHandler({ objects: { get }, readScan: ocrScan, districtId: 'xicheng' });
      const request = { bucket: 'uploads', key: 'incoming/tianqiao/扫描件.tif', version: 'v1', kind: 'image' };
      const reply = ocrReplySchema.parse(await handler(request, fakeContext('ocr')));
      expect('unreadable' in reply && reply.unreadable).toMatch(/^TIFF 图片第 1 页为 100000×100000 像素/);
    });

    it.runIf(HAVE_TIFF_TOOLS)("libtiff's LZW page whose rows-per-strip field lost its value (UTIF's decoder never ended)", async () => {
      const tiff = await writeTiff([boxPage(64, 48, { x: 5, y: 7, size: 9 })], 'lzw-gray');
      const view = new DataView(tiff.buffer, tiff.byteOffset);
      const directory = view.getUint32(4, true);
      for (let entry = directory + 2; entry < directory + 2 + view.getUint16(directory, true) * 12; entry += 12) {
        if (view.getUint16(entry, true) === 278) view.setUint32(entry + 4, 0, true); // RowsPerStrip: no value
      }
      const started = performance.now();
      expect(rejectedWith(await read(tiff))).toContain(BROKEN);
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it.runIf(HAVE_TIFF_TOOLS)("libtiff's multi-page file cut short", async () => {
      const whole = await writeTiff([boxPage(64, 48, { x: 5, y: 7, size: 9 }), boxPage(64, 48, { x: 9, y: 9, size: 9 })], 'g4');
      expect(rejectedWith(await read(whole.subarray(0, Math.floor(whole.length * 0.7))))).toContain(BROKEN);
    });
  });

  const errorsOf = (result: ReadResult): string[] => {
    if (result.status !== 'parsed') return result.findings.map((f) => `${f.rule} ${f.message}`);
    const errors = checkReport(result.report).findings.filter((f: Finding) => f.severity === 'error');
    return errors.map((f) => `${f.rule} ${f.row ?? ''} ${f.column ?? ''}`).sort();
  };

  it.runIf(HAVE_TIFF_TOOLS)(
    "a two-page scan saved by libtiff gives its text twin's errors, the ones written down for it",
    { timeout: 240_000 },
    async () => {
      const scanCase = SCAN_CASES[0]!;
      const { text } = await scanCasePdfs(scanCase);
      const tiff = await scanTiff(text, scanCase.style, 'lzw-gray');
      const scanned = await readReport({ name: `${scanCase.name}.tiff`, bytes: tiff }, {}, ocrScan);
      const written = scanCase.errors.map((e) => `${e.rule} ${e.row ?? ''} ${e.column ?? ''}`).sort();
      expect(errorsOf(await readReport({ name: `${scanCase.name}.pdf`, bytes: text }))).toEqual(written);
      expect(errorsOf(scanned)).toEqual(written);
    },
  );

  // Fax mode (bilevel, CCITT G4): thresholding breaks a thin rule into dashes and thins every digit. The tables still
  // come out whole, and what OCR doubts is OCR-UNSURE: no error the text twin lacks, each of its errors found or
  // its equation doubted. At 300 dpi (office scanners' usual setting) unsure digits are read again from the page's
  // own pixels, and the errors are the twin's.
  it.runIf(HAVE_TIFF_TOOLS).each(SCAN_CASES.flatMap((scanCase) => [150, 300].map((dpi) => ({ scanCase, dpi }))))(
    '$scanCase.name in black and white at $dpi dpi: no error its text twin lacks',
    { timeout: 240_000 },
    async ({ scanCase, dpi }) => {
      const { text } = await scanCasePdfs(scanCase);
      const tiff = await scanTiff(text, { ...scanCase.style, dpi }, 'g4');
      const scanned = await readReport({ name: `${scanCase.name}.tif`, bytes: tiff }, {}, ocrScan);
      expect(scanned.status).toBe('parsed');
      if (scanned.status !== 'parsed') return;
      const written = scanCase.errors.map((e) => `${e.rule} ${e.row ?? ''} ${e.column ?? ''}`);
      const found = errorsOf(scanned);
      expect(found.filter((error) => !written.includes(error))).toEqual([]);
      const doubts = checkReport(scanned.report).findings.filter((f) => f.rule === 'OCR-UNSURE');
      if (found.length < written.length) expect(doubts.length).toBeGreaterThan(0);
      // A cell read as nothing is never said to be left blank: its digit may be too faint to read.
      const unread = checkReport(scanned.report).findings.filter((f) => f.rule === 'S-BLANK' && f.excerpt === '');
      for (const { message } of unread) expect(message).toMatch(/^第 \d 页表.+在扫描件中没有识别出数字（可能是空白，也可能字迹过淡）/);
      if (dpi !== 300) return;
      expect(found).toEqual([...written].sort());
      // Nor is a printed digit the recogniser took for blank reported as a blank cell: it is read again.
      const blanks = (report: ReadReport) =>
        checkReport(report).findings.flatMap((f) => (f.rule === 'S-BLANK' ? [`${f.row}/${f.column}`] : []));
      const twin = await readReport({ name: `${scanCase.name}.pdf`, bytes: text });
      expect(twin.status === 'parsed' && blanks(scanned.report)).toEqual(twin.status === 'parsed' && blanks(twin.report));
    },
  );
});
