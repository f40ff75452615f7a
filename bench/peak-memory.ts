import { pdfOfPages } from '../corpus/long-reports.js';
import { PDF_SAFE_TITLE, syntheticBlocks } from '../corpus/synthetic-documents.js';
import type { SyntheticReport } from '../corpus/synthetic-report.js';
import type { BenchFile } from './corpus.js';
import { BUILD, type DocumentFormat } from './formats.js';
import { readInFreshProcess } from './fresh-read.js';

export const PEAK_FORMATS = ['txt', 'html', 'docx', 'pdf'] as const satisfies readonly ('txt' | DocumentFormat)[];
export type PeakFormat = (typeof PEAK_FORMATS)[number];
export interface PeakFigures {
  peakRssMb: Partial<Record<PeakFormat, number>>;
  notes: string[];
}

/** The PDF is a long report: pdf.js's memory grows with the pages it keeps. */
const PDF_PAGES = 20;

/**
 * Peak RSS of reading one realistic report of each format in a fresh process: the corpus's first text report, the
 * same report as .html and .docx, and as a 20-page PDF (its section 一 lengthened with narrative).
 */
export async function measurePeakMemory(corpus: {
  reports: readonly SyntheticReport[];
  files: readonly BenchFile[];
}): Promise<PeakFigures> {
  const [report] = corpus.reports;
  const [file] = corpus.files;
  if (!report || !file) return { peakRssMb: {}, notes: ['peakRssMb: an empty corpus, nothing read'] };
  const files: Record<PeakFormat, () => Promise<Uint8Array>> = {
    txt: async () => file.bytes,
    html: () => BUILD.html(report),
    docx: () => BUILD.docx(report),
    pdf: () => pdfOfPages(syntheticBlocks(report, PDF_SAFE_TITLE), PDF_PAGES),
  };
  const figures: PeakFigures = { peakRssMb: {}, notes: [] };
  for (const format of PEAK_FORMATS) {
    const read = readInFreshProcess({ name: `${report.agency}.${format}`, bytes: await files[format]() });
    if (read.status === 'failed') {
      figures.notes.push(`peakRssMb.${format}: the reading process failed (${read.reason.slice(0, 160)})`);
      continue;
    }
    figures.peakRssMb[format] = read.peakRssMb;
    const rejected = read.status === 'rejected' ? `, rejected: ${read.message?.slice(0, 60)}` : '';
    figures.notes.push(`peakRssMb.${format}: read in ${Math.round(read.ms)} ms${rejected}`);
  }
  return figures;
}
