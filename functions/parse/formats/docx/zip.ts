import { inflateRawSync } from 'node:zlib';
import { UnreadableFileError } from '../unreadable.js';

export const NOT_DOCX = '文件不是有效的 Word (.docx) 文档，可能已损坏或未保存完整。请重新导出后上传。';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_SEARCH = 22 + 0xffff;
/** The XML parts, checked and inflated; media, fonts and embeddings are never read (the report is its text). */
const PARSED_PART = /\.(xml|rels)$/i;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The .docx package: the name of every entry, and its XML parts inflated. */
export interface DocxZip {
  names: ReadonlySet<string>;
  parts: ReadonlyMap<string, Uint8Array>;
}

/**
 * Opens a .docx after checking, before anything inflates it, that the bytes are a whole one: a zip whose central
 * directory is intact, holds word/document.xml and declares no more than `maxUncompressedBytes` in all, and whose
 * parts inflate to no more than they declare (a zip bomb lies in its directory). Throws UnreadableFileError otherwise.
 */
export function openDocxZip(bytes: Uint8Array, maxUncompressedBytes: number): DocxZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== LOCAL_HEADER) throw new UnreadableFileError(NOT_DOCX);
  const entries = centralDirectory(view);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw new UnreadableFileError(NOT_DOCX);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > maxUncompressedBytes) throw new UnreadableFileError(tooLarge(maxUncompressedBytes));
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) if (PARSED_PART.test(entry.name)) parts.set(entry.name, inflate(bytes, view, entry));
  return { names: new Set(entries.map((entry) => entry.name)), parts };
}

function tooLarge(maxBytes: number): string {
  const megabytes = Number((maxBytes / 2 ** 20).toFixed(2));
  return `文件解压后超过 ${megabytes} MB，无法读取。请压缩或删除文档中的大图片后重新导出为 .docx 上传。`;
}

function centralDirectory(view: DataView): ZipEntry[] {
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  const limit = start + view.getUint32(end + 12, true);
  if (limit > end) throw new UnreadableFileError(NOT_DOCX); // also a ZIP64 marker (0xFFFFFFFF): no .docx needs one
  const entries: ZipEntry[] = [];
  for (let at = start, i = 0; i < count; i += 1) {
    if (at + 46 > limit || view.getUint32(at, true) !== CENTRAL_HEADER) throw new UnreadableFileError(NOT_DOCX);
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > limit) throw new UnreadableFileError(NOT_DOCX);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.localOffset + 30 + entry.compressedSize > start) throw new UnreadableFileError(NOT_DOCX);
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new UnreadableFileError(NOT_DOCX); // truncated: the directory sits at the very end
}

/** Inflates one part with its declared size as the ceiling: more output, or corrupt data, rejects the file. */
function inflate(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const { localOffset: at } = entry;
  if (view.getUint32(at, true) !== LOCAL_HEADER) throw new UnreadableFileError(NOT_DOCX);
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0 && data.byteLength === entry.size) return data;
  if (entry.method !== 8) throw new UnreadableFileError(NOT_DOCX);
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
    if (inflated.byteLength === entry.size) return inflated;
  } catch {
    // too large for its declared size, or not deflate data at all
  }
  throw new UnreadableFileError(NOT_DOCX);
}
