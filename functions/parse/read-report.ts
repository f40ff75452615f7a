import type { ReadResult } from '../shared/model/report.js';
import { decodeText } from './decode.js';
import type { DocumentRows } from './document.js';
import type { ReadBudgets } from './formats/budgets.js';
import { isCompoundFile } from './formats/doc/signature.js';
import { sniffFormat } from './formats/sniff.js';
import { readText } from './formats/text/read-text.js';
import type { ReadScan } from './formats/ocr/ocr-scan.js';
import { NoTextLayerError, UnreadableFileError } from './formats/unreadable.js';
import { ASK_FOR, DEFAULT_READ_LIMITS, type ReadLimits, STOPPED, rejected } from './read-limits.js';
import { mapReport } from './template/map-report.js';

// Where the handler, the fuzzer and the tests have always found them.
export { DEFAULT_READ_LIMITS, READ_FAILED } from './read-limits.js';

/** A format's reader, within the budgets readReport was given (those a format has none of are its own). */
type FormatReader = (bytes: Uint8Array, budgets: ReadBudgets) => Promise<DocumentRows>;

/** Format readers by extension (or sniffed format); all but text are imported only when such a file comes in. */
const readHtml: FormatReader = async (bytes, budgets) =>
  (await import('./formats/html/read-html.js')).readHtml(bytes, budgets);
const READERS: Record<string, FormatReader> = {
  txt: readTextFile,
  text: readTextFile,
  md: readTextFile,
  html: readHtml,
  htm: readHtml,
  shtml: readHtml,
  xhtml: readHtml,
  docx: async (bytes, budgets) => (await import('./formats/docx/read-docx.js')).readDocx(bytes, budgets.docx),
  doc: async (bytes, budgets) => (await import('./formats/doc/read-doc.js')).readDoc(bytes, budgets),
  wps: async (bytes, budgets) => (await import('./formats/doc/read-doc.js')).readWps(bytes, budgets),
  pdf: async (bytes) => (await import('./formats/pdf/read-pdf.js')).readPdf(bytes),
  ...Object.fromEntries(['jpg', 'jpeg', 'png', 'tif', 'tiff'].map((name) => [name, readImage])),
};

/** Names under which a report's bytes are read for what they are rather than rejected by extension. */
const SNIFFED_NAMES = new Set([...Object.keys(READERS), '']);

/**
 * The reader for a file: the one its bytes call for when they say clearly what they are (a report saved under
 * the wrong name, a .doc renamed .docx), else the one its extension names. A compound file named .wps stays a .wps,
 * whose reader tells the agency plainly when it is not WPS's Word-format file.
 */
function readerFor(extension: string, bytes: Uint8Array): FormatReader | undefined {
  if (!SNIFFED_NAMES.has(extension)) return READERS[extension];
  const sniffed = sniffFormat(bytes) ?? (extension !== 'wps' && isCompoundFile(bytes) ? 'doc' : undefined);
  return READERS[sniffed ?? extension];
}

/**
 * Reads one uploaded report, whatever its format, into the report model with its structural findings. A file
 * that cannot be read is `rejected` with S-FORMAT; no input makes this throw.
 */
export async function readReport(
  file: { name: string; bytes: Uint8Array },
  limits: Partial<ReadLimits> = {},
  readScan?: ReadScan,
): Promise<ReadResult> {
  const { maxBytes, maxMs, budgets } = { ...DEFAULT_READ_LIMITS, ...limits };
  const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const reader = readerFor(extension, file.bytes);
  if (!reader) {
    const type = extension ? `.${extension} 文件` : '没有扩展名的文件';
    return rejected(`不支持读取${type}；${ASK_FOR}`);
  }
  if (file.bytes.length === 0) return rejected(`文件是空的；${ASK_FOR}`);
  if (file.bytes.length > maxBytes) return STOPPED.size(limits);
  try {
    const rows = await withinTime(reader(file.bytes, budgets), maxMs);
    if (rows === undefined) return STOPPED.time(limits);
    const report = mapReport(file.name, rows);
    if (!report) return rejected(`文件中没有找到政府信息公开工作年度报告的表格；${ASK_FOR}`);
    return { status: 'parsed', report };
  } catch (error) {
    // A scan is read by OCR where the caller gives it (formats/ocr/), with its own time limit; else refused.
    if (error instanceof NoTextLayerError && readScan) {
      return (await import('./formats/ocr/read-scan.js')).readScan(file, error.scan, readScan);
    }
    if (error instanceof UnreadableFileError) return rejected(error.message);
    // A bug must not sink the batch; the agency gets a plain message and the file stays stored for a rerun.
    return STOPPED.failed();
  }
}

/**
 * The reader's result, or undefined when it is not done within `ms`. This can only stop a reader at an await (the
 * PDF and Word readers wait between pages and parts); the readers' own budgets bound their synchronous work.
 */
async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A page image has no text layer: OCR reads it where readReport is given OCR (see readReport). */
async function readImage(): Promise<DocumentRows> {
  throw new NoTextLayerError(`图片文件（扫描件或照片）没有可读取的文字，无法自动核查；${ASK_FOR}`, 'image');
}

async function readTextFile(bytes: Uint8Array, budgets: ReadBudgets): Promise<DocumentRows> {
  const text = decodeText(bytes);
  if (text === null) throw new UnreadableFileError(`无法识别文件的文字编码（应为 UTF-8 或 GBK/GB18030），或文件不是文本；${ASK_FOR}`);
  // Markdown with merged-cell tables written as HTML; the HTML reader is loaded only for such a file.
  if (/<table[\s>]/i.test(text)) {
    return (await import('./formats/text/html-tables.js')).readTextWithHtmlTables(text, budgets);
  }
  return readText(text, budgets);
}

