import { readReport } from '../functions/parse/read-report.js';
import { ASPECTS, falseStructuralErrors, judgeCase, layoutCases, readCase } from '../corpus/layout-corpus.js';
import { median } from './measure.js';

export interface AccuracyFigures {
  casesRight: number;
  casesTotal: number;
  /** S-* errors the expectations do not list, over the whole corpus. */
  falseStructural: number;
  /** Median over the corpus PDFs of readReport's ms per page (each PDF's median of ROUNDS reads, after the judged read). */
  pdfMsPerPage?: number;
  notes: string[];
}

const ROUNDS = 3;

/**
 * Reader accuracy on the layout corpus (test/fixtures/layouts), judged exactly as
 * test/layouts/layout-corpus.test.ts judges it, and the PDF reading time per page on the same files.
 */
export async function measureAccuracy(): Promise<AccuracyFigures> {
  const cases = layoutCases();
  const notes: string[] = [];
  let casesRight = 0;
  let falseStructural = 0;
  for (const layout of cases) {
    const outcome = await readCase(layout);
    const judged = judgeCase(outcome, layout.expected);
    const wrong = ASPECTS.filter((aspect) => judged[aspect].length > 0);
    if (wrong.length === 0) casesRight += 1;
    else notes.push(`accuracy: ${layout.slug} wrong in ${wrong.join(', ')}`);
    falseStructural += falseStructuralErrors(outcome.findings, layout.expected).length;
  }
  const perPage: number[] = [];
  for (const layout of cases.filter((c) => c.name.endsWith('.pdf'))) {
    const pages = await pageCount(layout.bytes);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      await readReport({ name: layout.name, bytes: layout.bytes });
      times.push(performance.now() - start);
    }
    perPage.push(median(times) / pages);
  }
  return {
    casesRight,
    casesTotal: cases.length,
    falseStructural,
    pdfMsPerPage: perPage.length > 0 ? median(perPage) : undefined,
    notes,
  };
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}
