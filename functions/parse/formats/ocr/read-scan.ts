import type { Finding } from '../../../shared/model/finding.js';
import type { ReadResult } from '../../../shared/model/report.js';
import { ASK_FOR, rejected, STOPPED } from '../../read-limits.js';
import { mapReport } from '../../template/map-report.js';
import { cellName } from '../../template/values.js';
import { UnreadableFileError } from '../unreadable.js';
import type { ReadScan, Scan } from './ocr-scan.js';
import { OcrUnavailableError } from './ocr-unavailable.js';
import { readingsByCell, scanRows } from './scan-rows.js';

/** Where OCR is not installed (a bundle without the native models' runtime), a scan is refused as before. */
const NO_OCR = '该文件是扫描件或图片，没有可读取的文字层，暂无法自动核查。请提供可复制文字的PDF文件或.docx文件。';
const NO_REPORT = `扫描件中没有识别出政府信息公开工作年度报告的表格（可能是图片不清晰或不是年度报告）；${ASK_FOR}`;

/**
 * A scanned report (a PDF without a text layer, or a page image) read by OCR and laid out by the PDF reader's
 * layout, each number keeping how sure OCR was of it (report.ocr). Throws only when OCR could not be asked (an
 * infrastructure fault, retried with the event); whatever the scan itself causes is a rejected report.
 */
export async function readScan(
  file: { name: string; bytes: Uint8Array },
  kind: Scan['kind'],
  readScanPages: ReadScan,
): Promise<ReadResult> {
  try {
    const rows = scanRows(await readScanPages({ kind, bytes: file.bytes }));
    const report = mapReport(file.name, rows);
    if (!report) return rejected(NO_REPORT);
    const findings = report.findings.map(unreadOrBlank);
    return { status: 'parsed', report: { ...report, findings, ocr: readingsByCell(report.cells, rows) } };
  } catch (error) {
    if (error instanceof OcrUnavailableError) throw error;
    if (error instanceof UnreadableFileError) return rejected(error.message);
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') return rejected(NO_OCR);
    return STOPPED.failed();
  }
}

/**
 * A cell OCR found nothing in may hold a digit too faint to read: its S-BLANK says so and asks the agency to check
 * the original, rather than telling it the cell was left blank. A blank mark it did read (无, —, /) keeps its message.
 */
function unreadOrBlank(f: Finding): Finding {
  const { table, rowLabel, columnLabel } = f;
  if (f.rule !== 'S-BLANK' || f.excerpt !== '' || !table || !rowLabel || !columnLabel) return f;
  const cell = `${f.at?.page ? `第 ${f.at.page} 页` : ''}${cellName({ table, rowLabel }, { label: columnLabel })}`;
  return { ...f, message: `${cell}在扫描件中没有识别出数字（可能是空白，也可能字迹过淡），按缺失处理；请核对原件，空白处请填 0` };
}
