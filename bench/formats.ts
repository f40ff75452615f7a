import { readReport } from '../functions/parse/read-report.js';
import { buildPdf } from '../corpus/pdf-report-builder.js';
import { toDocx, toHtmlBytes } from '../corpus/report-fixtures-html-docx.js';
import { PDF_SAFE_TITLE, syntheticBlocks } from '../corpus/synthetic-documents.js';
import type { SyntheticReport } from '../corpus/synthetic-report.js';
import { medianMs } from './measure.js';

export interface FormatFigures {
  docxMs?: number;
  htmlMs?: number;
  pdfMs?: number;
  notes: string[];
}

export type DocumentFormat = 'docx' | 'html' | 'pdf';

/** A synthetic report as a real document of each format: its tables as tables, not text. */
export const BUILD: Record<DocumentFormat, (report: SyntheticReport) => Promise<Uint8Array>> = {
  docx: (report) => toDocx(syntheticBlocks(report)),
  html: async (report) => toHtmlBytes(syntheticBlocks(report)),
  pdf: (report) => buildPdf(syntheticBlocks(report, PDF_SAFE_TITLE)),
};

/** Median ms per report through readReport for .docx, .html and .pdf files built from the same synthetic reports. */
export async function measureFormats(reports: readonly SyntheticReport[]): Promise<FormatFigures> {
  const figures: FormatFigures = { notes: [] };
  for (const format of ['docx', 'html', 'pdf'] as const) {
    const files = [];
    try {
      for (const report of reports) {
        files.push({ name: `${report.agency}.${format}`, bytes: await BUILD[format](report) });
      }
    } catch (error) {
      figures.notes.push(`${format}Ms: could not build ${format} files (${(error as Error).message.slice(0, 120)})`);
      continue;
    }
    let rejected = 0; // this first pass also warms the reader up
    for (const file of files) if ((await readReport(file)).status === 'rejected') rejected += 1;
    if (rejected > 0) figures.notes.push(`${format}Ms: the reader rejected ${rejected} of ${files.length} files`);
    figures[`${format}Ms`] = await medianMs(files, (file) => readReport(file), 0);
  }
  return figures;
}
