// TIFF scans (office scanners' default, often many pages, often fax-compressed): the image decoder (Skia) reads no
// TIFF, so UTIF decodes their pixels. Their structure is read here first, every offset checked against the file, so
// that a hostile directory (a loop of pages, a count of billions, a page claiming 100000 × 100000) is refused before
// a byte is decoded rather than hanging or exhausting the reader.
import UTIF from 'utif';
import { inWan, UnreadableFileError } from '../unreadable.js';
import { type GrayImage, grayFromRgba } from './gray-image.js';

export interface TiffBudgets {
  /** Pages of one file: MAX_OCR_PAGES (page-images.ts), as for a scanned PDF. */
  pages: number;
  /** Pixels of one page, checked before it is decoded. */
  pagePixels: number;
  /** Pixels of all pages: a fax-compressed page of millions of white pixels takes a few hundred bytes. */
  filePixels: number;
}

const RESCAN = '请以 300 dpi 或更低的分辨率重新扫描后上传，或提供可复制文字的PDF文件或.docx文件。';

/** Compressions UTIF decodes: none, CCITT G3 and G4 (fax), LZW, old and new JPEG, Deflate, PackBits. */
const DECODED = new Set([1, 3, 4, 5, 6, 7, 8, 32773]);
/** Bytes of one value of each TIFF field type (TIFF 6.0, section 2; 13 is a sub-directory's offset). */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const TAG = {
  subfileType: 254,
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  tileWidth: 322,
  tileLength: 323,
  tileOffsets: 324,
  tileByteCounts: 325,
} as const;

/**
 * Every page of a TIFF in gray, in file order, decoded as it is asked for: one page's pixels in memory at a time.
 * Reduced-resolution copies of a page (thumbnails) are no pages. Throws UnreadableFileError with `broken` for a file
 * that is no TIFF or is cut short, and with a budget's own reason, before any page is decoded.
 */
export function tiffPages(bytes: Uint8Array, budgets: TiffBudgets, broken: string): Generator<GrayImage> {
  const { buffer } = new Uint8Array(bytes); // a copy: UTIF reads an ArrayBuffer from its start
  let directories: UTIF.IFD[];
  try {
    directories = readDirectories(new DataView(buffer), budgets.pages);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(broken, { cause: error });
  }
  const pages = directories.filter((ifd) => (first(ifd, TAG.subfileType) & 1) === 0);
  if (pages.length === 0) throw new UnreadableFileError(broken);
  for (const [index, ifd] of pages.entries()) checkPage(ifd, index + 1, budgets, buffer.byteLength, broken);
  const pixels = pages.reduce((sum, ifd) => sum + first(ifd, TAG.width) * first(ifd, TAG.height), 0);
  if (pixels > budgets.filePixels) {
    throw new UnreadableFileError(
      `TIFF 图片 ${pages.length} 页合计约 ${Math.round(pixels / 10_000)} 万像素，超过 ${inWan(budgets.filePixels)}像素的上限，` +
        `无法读取；${RESCAN}`,
    );
  }
  return decoded(buffer, pages, broken);
}

function* decoded(buffer: ArrayBuffer, pages: UTIF.IFD[], broken: string): Generator<GrayImage> {
  for (const ifd of pages) {
    try {
      UTIF.decodeImage(buffer, ifd);
    } catch (error) {
      throw new UnreadableFileError(broken, { cause: error });
    }
    const gray = grayOf(ifd);
    ifd.data = new Uint8Array(0); // the page's decoded pixels go as soon as its gray copy exists
    yield gray;
  }
}

/**
 * A decoded page in gray: a bilevel or 8-bit gray page (what scanners write) straight from its samples, anything else
 * through UTIF's RGBA, which costs four bytes a pixel and a pass more.
 */
function grayOf(ifd: UTIF.IFD): GrayImage {
  const { width, height, data: samples } = ifd;
  const [bits = 1, ...more] = values(ifd, TAG.bitsPerSample);
  const photometric = first(ifd, TAG.photometric);
  if ((bits !== 1 && bits !== 8) || more.length > 0 || photometric > 1) {
    return grayFromRgba(UTIF.toRGBA8(ifd), width, height);
  }
  const data = new Uint8Array(width * height);
  const rowBytes = Math.ceil((width * bits) / 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sample = bits === 1 ? ((samples[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 : (samples[y * rowBytes + x] ?? 0);
      const level = bits === 1 ? sample * 255 : sample;
      data[y * width + x] = photometric === 0 ? 255 - level : level; // 0: white is zero (fax), 1: black is zero
    }
  }
  return { width, height, data };
}

/**
 * The chain of page directories, each as UTIF represents one (field `tNNN` → its values). Sub-directories (EXIF,
 * sub-images) are not followed: a scan's pages are all in the chain. Throws a RangeError where an offset leaves the
 * file or the chain loops.
 */
function readDirectories(view: DataView, maxPages: number): UTIF.IFD[] {
  const order = String.fromCharCode(view.getUint8(0), view.getUint8(1));
  const little = order === 'II';
  if ((!little && order !== 'MM') || view.getUint16(2, little) !== 42) throw new RangeError('no TIFF header');
  const seen = new Set<number>();
  const directories: UTIF.IFD[] = [];
  for (let offset = view.getUint32(4, little); offset !== 0; ) {
    if (seen.has(offset)) throw new RangeError(`the directory at ${offset} comes round again`);
    seen.add(offset);
    if (directories.length === maxPages) {
      throw new UnreadableFileError(
        `TIFF 图片超过 ${maxPages} 页，远超一份政府信息公开工作年度报告，未作识别；请只上传年度报告本身，或提供可复制文字的PDF文件或.docx文件。`,
      );
    }
    const count = view.getUint16(offset, little);
    const ifd: Record<string, unknown> = {};
    for (let entry = offset + 2; entry < offset + 2 + count * 12; entry += 12) {
      const [tag, values] = readField(view, entry, little);
      ifd[`t${tag}`] = values;
    }
    directories.push(ifd as UTIF.IFD);
    offset = view.getUint32(offset + 2 + count * 12, little);
  }
  return directories;
}

/** One directory entry: its tag and values, inline when they fit in 4 bytes, else at the offset it names. */
function readField(view: DataView, entry: number, little: boolean): [number, UTIF.TiffTag | Uint8Array] {
  const tag = view.getUint16(entry, little);
  const type = view.getUint16(entry + 2, little);
  const count = view.getUint32(entry + 4, little);
  const size = TYPE_SIZE[type] ?? 0;
  const at = size * count <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
  if (at + size * count > view.byteLength) throw new RangeError(`field ${tag}'s ${count} values leave the file`);
  if (type === 1 || type === 6 || type === 7) return [tag, new Uint8Array(view.buffer, at, count)];
  if (type === 2) return [tag, [new TextDecoder('latin1').decode(new Uint8Array(view.buffer, at, Math.max(0, count - 1)))]];
  const read: Record<number, (i: number) => number> = {
    3: (i) => view.getUint16(at + 2 * i, little),
    4: (i) => view.getUint32(at + 4 * i, little),
    5: (i) => view.getUint32(at + 8 * i, little) / view.getUint32(at + 8 * i + 4, little),
    8: (i) => view.getInt16(at + 2 * i, little),
    9: (i) => view.getInt32(at + 4 * i, little),
    10: (i) => view.getInt32(at + 8 * i, little) / view.getInt32(at + 8 * i + 4, little),
    11: (i) => view.getFloat32(at + 4 * i, little),
    12: (i) => view.getFloat64(at + 8 * i, little),
    13: (i) => view.getUint32(at + 4 * i, little),
  };
  const value = read[type];
  return [tag, value ? Array.from({ length: count }, (_, i) => value(i)) : []];
}

const values = (ifd: UTIF.IFD, tag: number): number[] => {
  const field = ifd[`t${tag}`];
  return Array.isArray(field) ? field.filter((value): value is number => typeof value === 'number') : [];
};
const first = (ifd: UTIF.IFD, tag: number): number => values(ifd, tag)[0] ?? 0;

/**
 * A page UTIF can decode within the budgets: its size is known and within them, its compression one UTIF knows, and
 * its pixel data (strips or tiles) lies inside the file: a file cut short loses the end of its last page.
 */
function checkPage(ifd: UTIF.IFD, page: number, budgets: TiffBudgets, fileBytes: number, broken: string): void {
  const [width, height] = [first(ifd, TAG.width), first(ifd, TAG.height)];
  if (width * height > budgets.pagePixels) {
    throw new UnreadableFileError(
      `TIFF 图片第 ${page} 页为 ${width}×${height} 像素，超过每页 ${inWan(budgets.pagePixels)}像素的上限，无法读取；${RESCAN}`,
    );
  }
  const tiled = ifd[`t${TAG.tileWidth}`] !== undefined;
  const offsets = values(ifd, tiled ? TAG.tileOffsets : TAG.stripOffsets);
  const counts = values(ifd, tiled ? TAG.tileByteCounts : TAG.stripByteCounts);
  const [tileWidth, tileHeight] = [first(ifd, TAG.tileWidth), first(ifd, TAG.tileLength)];
  const tiles = tiled ? Math.ceil(width / tileWidth) * Math.ceil(height / tileHeight) : offsets.length;
  const bits = values(ifd, TAG.bitsPerSample).reduce((sum, b) => sum + b, 0);
  // RowsPerStrip present without a value, or 0, leaves the strip loop of UTIF without a step: it never ends.
  const rowsPerStrip = ifd[`t${TAG.rowsPerStrip}`] === undefined ? height : first(ifd, TAG.rowsPerStrip);
  const decodable =
    (tiled || rowsPerStrip >= 1) &&
    width > 0 &&
    height > 0 &&
    bits <= 64 &&
    DECODED.has(first(ifd, TAG.compression) || 1) &&
    (!tiled || (tileWidth * tileHeight <= budgets.pagePixels && tiles <= offsets.length)) &&
    offsets.length > 0 &&
    offsets.every((offset, i) => offset + (counts[i] ?? 0) <= fileBytes);
  if (!decodable) throw new UnreadableFileError(broken);
}
