/**
 * What a file's first bytes say it is. Reports are often saved under the wrong name: a Word "web page" saved as
 * .doc, a crawled page saved as .txt, a .docx renamed .doc by a clerk, a PDF that a site served as .html.
 */
export type SniffedFormat = 'pdf' | 'docx' | 'html' | 'tiff';

/** Readers look for `%PDF-` within the first KB (some producers write junk before it). */
const PDF_WINDOW = 1024;
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** A TIFF starts with its byte order and 42 in it: `II*\0` (Intel) or `MM\0*` (Motorola). */
const TIFF_HEADERS = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
/** A page starts with markup: an XML declaration, comments, then a tag only HTML has. */
const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table)[\s>/]/i;

export function sniffFormat(bytes: Uint8Array): SniffedFormat | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_WINDOW)).replace(/^(?:\u00ef\u00bb\u00bf)/, '');
  if (head.includes('%PDF-')) return 'pdf';
  if (ZIP_LOCAL_HEADER.every((byte, i) => bytes[i] === byte)) return 'docx';
  if (HTML_START.test(head)) return 'html';
  if (isTiff(bytes)) return 'tiff';
  return undefined;
}

/** A scanner's TIFF, whatever it is named: read page by page (formats/ocr/page-images.ts). */
export function isTiff(bytes: Uint8Array): boolean {
  return TIFF_HEADERS.some((header) => header.every((byte, i) => bytes[i] === byte));
}
