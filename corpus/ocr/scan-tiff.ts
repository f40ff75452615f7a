// Scans saved as TIFF the way office scanners save them, written by libtiff's own tools (Debian's libtiff-tools:
// ppm2tiff, tiffcp), so that the reader is tested on a real producer's files rather than on its own encoder's.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ScanStyle, scannedCanvases } from './scan-pdf.js';

/** How a page is stored: bilevel with CCITT Group 4 (fax), 8-bit gray with LZW, or RGB uncompressed. */
export type TiffStorage = 'g4' | 'lzw-gray' | 'rgb';

/** A page's pixels as a canvas holds them (RGBA). */
export interface RgbaPage {
  width: number;
  height: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

const run = promisify(execFile);

/** Whether libtiff's tools are installed here (.ci/run installs them); the tests that need them skip without. */
export const HAVE_TIFF_TOOLS = ((): boolean => {
  try {
    execFileSync('tiffcp', ['-h'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // tiffcp -h prints its usage and exits 1: only a missing command is "not installed"
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

/** A text PDF's pages scanned (as scan-pdf.ts scans them) into one multi-page TIFF. */
export async function scanTiff(textPdf: Uint8Array, style: ScanStyle, storage: TiffStorage): Promise<Uint8Array> {
  const pages: RgbaPage[] = [];
  for await (const canvas of scannedCanvases(textPdf, style)) {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    pages.push({ width: canvas.width, height: canvas.height, rgba: data });
  }
  return writeTiff(pages, storage);
}

/** Pages written one by one as Netpbm images, each turned into a TIFF page by ppm2tiff, joined by tiffcp. */
export async function writeTiff(pages: readonly RgbaPage[], storage: TiffStorage): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-tiff-'));
  try {
    const files: string[] = [];
    for (const [index, page] of pages.entries()) {
      const netpbm = join(folder, `page-${index}.pnm`);
      const tiff = join(folder, `page-${index}.tif`);
      await writeFile(netpbm, toNetpbm(page, storage));
      await run('ppm2tiff', ['-R', '150', '-c', storage === 'rgb' ? 'none' : storage.replace('-gray', ''), netpbm, tiff]);
      files.push(tiff);
    }
    const joined = join(folder, 'scan.tif');
    await run('tiffcp', [...files, joined]);
    return new Uint8Array(await readFile(joined));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** PBM (ink where luma is below half), PGM or PPM: the three inputs ppm2tiff takes. */
function toNetpbm({ width, height, rgba }: RgbaPage, storage: TiffStorage): Buffer {
  const luma = (p: number) => 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0);
  const magic = { g4: 'P4', 'lzw-gray': 'P5', rgb: 'P6' }[storage];
  const header = Buffer.from(`${magic}\n${width} ${height}\n${storage === 'g4' ? '' : '255\n'}`);
  if (storage === 'rgb') {
    const rgb = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) rgb.set([rgba[4 * i] ?? 0, rgba[4 * i + 1] ?? 0, rgba[4 * i + 2] ?? 0], 3 * i);
    return Buffer.concat([header, rgb]);
  }
  if (storage === 'lzw-gray') {
    return Buffer.concat([header, Buffer.from(Array.from({ length: width * height }, (_, i) => Math.round(luma(4 * i))))]);
  }
  const rowBytes = Math.ceil(width / 8);
  const bits = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * rowBytes + (x >> 3);
      if (luma(4 * (y * width + x)) < 128) bits[at] = (bits[at] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return Buffer.concat([header, bits]);
}
