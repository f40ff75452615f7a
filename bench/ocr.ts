// OCR of scanned reports (functions/parse/formats/ocr/): seconds per page, peak memory, and accuracy on the OCR
// corpus (corpus/ocr/): numbers read right against the text twin's, and reports whose errors equal the twin's; the
// same scans saved in fax mode (bilevel TIFF, CCITT G4) at 150 and 300 dpi, where libtiff's tools are installed.
import { PDFDocument } from 'pdf-lib';
import { SCAN_CASES, type ScanCase, scanCasePdfs } from '../corpus/ocr/scan-corpus.js';
import { HAVE_TIFF_TOOLS, scanTiff } from '../corpus/ocr/scan-tiff.js';
import type { ReadReport } from '../functions/shared/model/report.js';
import { ocrScan } from '../functions/parse/formats/ocr/ocr-scan.js';
import { readReport } from '../functions/parse/read-report.js';
import { checkReport } from '../functions/validate/check-report.js';

export interface OcrFigures {
  ocrSecondsPerPage: number | undefined;
  /** The process's peak resident memory after reading every scan (models, pages and all). */
  ocrPeakRssMb: number;
  cellsRight: number;
  cellsTotal: number;
  reportsRight: number;
  reportsTotal: number;
  /** Fax-mode scans: reports with an error their text twin lacks (the goal is none), reports as the twin. */
  fax?: { falseErrors: number; reportsRight: number; reportsTotal: number };
}

/** Resolutions the fax-mode scans are made at: the 150 dpi pages are read at, and office scanners' usual 300. */
const FAX_DPI = [150, 300] as const;

const errorList = (report: ReadReport): string[] =>
  checkReport(report)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}/${f.row ?? ''}/${f.column ?? ''}`)
    .sort();
const errorsOf = (report: ReadReport): string => errorList(report).join(' ');

/** Every number of Tables 二, 三 and 四 by cell id. */
const numbers = (report: ReadReport): Map<string, number | null> =>
  new Map(
    [
      ...Object.entries(report.table2?.rows ?? {}).map(([row, cells]) => [`二/${row}`, cells] as const),
      ...Object.entries(report.table3 ?? {}).map(([row, cells]) => [`三/${row}`, cells] as const),
      ...Object.entries(report.table4 ?? {}).map(([row, cells]) => [`四/${row}`, cells] as const),
    ].flatMap(([row, cells]) => Object.entries(cells ?? {}).map(([column, value]) => [`${row}/${column}`, value ?? null])),
  );

/** A case of the corpus, its text PDF and the errors that PDF's check finds. */
interface Twin {
  scanCase: ScanCase;
  text: Uint8Array;
  errors: string[];
}

export async function measureOcr(): Promise<OcrFigures> {
  let pages = 0;
  let ms = 0;
  const figures = { cellsRight: 0, cellsTotal: 0, reportsRight: 0, reportsTotal: SCAN_CASES.length };
  const twins: Twin[] = [];
  for (const scanCase of SCAN_CASES) {
    const { text, scan } = await scanCasePdfs(scanCase);
    const twin = await readReport({ name: `${scanCase.name}.pdf`, bytes: text });
    if (twin.status === 'parsed') figures.cellsTotal += numbers(twin.report).size;
    const start = performance.now();
    const scanned = await readReport({ name: `${scanCase.name}.pdf`, bytes: scan }, {}, ocrScan);
    ms += performance.now() - start;
    pages += (await PDFDocument.load(scan)).getPageCount();
    if (twin.status !== 'parsed') continue;
    twins.push({ scanCase, text, errors: errorList(twin.report) });
    if (scanned.status !== 'parsed') continue;
    const truth = numbers(twin.report);
    const read = numbers(scanned.report);
    figures.cellsRight += [...truth].filter(([id, value]) => read.has(id) && read.get(id) === value).length;
    if (errorsOf(scanned.report) === errorsOf(twin.report)) figures.reportsRight++;
  }
  // Taken before the fax scans are made: drawing a 300-dpi page for one costs more than reading it.
  const ocrPeakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    ocrSecondsPerPage: pages > 0 ? ms / 1000 / pages : undefined,
    ocrPeakRssMb,
    ...figures,
    ...(HAVE_TIFF_TOOLS && { fax: await measureFax(twins) }),
  };
}

/** The corpus's scans saved in fax mode, each against its text twin's errors. */
async function measureFax(twins: readonly Twin[]): Promise<NonNullable<OcrFigures['fax']>> {
  const fax = { falseErrors: 0, reportsRight: 0, reportsTotal: 0 };
  for (const { scanCase, text, errors: twinErrors } of twins) {
    for (const dpi of FAX_DPI) {
      const tiff = await scanTiff(text, { ...scanCase.style, dpi }, 'g4');
      const faxed = await readReport({ name: `${scanCase.name}.tif`, bytes: tiff }, {}, ocrScan);
      fax.reportsTotal++;
      const errors = faxed.status === 'parsed' ? errorList(faxed.report) : ['rejected'];
      if (errors.some((error) => !twinErrors.includes(error))) fax.falseErrors++;
      if (errors.join(' ') === twinErrors.join(' ')) fax.reportsRight++;
    }
  }
  return fax;
}
