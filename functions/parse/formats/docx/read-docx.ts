import mammoth from 'mammoth';
import type { DocumentRows } from '../../document.js';
import { mammothFile } from './package.js';
import { NOT_DOCX, openDocxZip } from './zip.js';
import { htmlToRows } from '../html/rows.js';
import { UnreadableFileError } from '../unreadable.js';

export interface DocxLimits {
  /** Ceiling on the sum of the parts' uncompressed sizes. @default 50 MB */
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 2 ** 20;

// Images are never read: the report is text and tables, and converting them would inflate and base64 every picture.
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Reads a .docx report: checks and inflates the zip first (old .doc, truncated, corrupt, over the size cap →
 * UnreadableFileError), then lets mammoth turn it into HTML, where Word's merged cells (vMerge, gridSpan) become
 * rowspan and colspan and deleted tracked changes are left out, and reads that HTML exactly as a web page is read.
 */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = {}): Promise<DocumentRows> {
  const zip = openDocxZip(bytes, limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES);
  // mammoth reads an opened package from `file` (lib/unzip.js) but its typings only declare path/buffer input.
  const input = { file: mammothFile(zip) } as unknown as { buffer: Buffer };
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(input, { convertImage: skipImages }));
  } catch (error) {
    // The zip is sound but a part is not valid Word XML: the file is damaged, not our bug to surface.
    throw new UnreadableFileError(NOT_DOCX, { cause: error });
  }
  return htmlToRows(html);
}
