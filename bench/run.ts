// `npm run bench`: throughput, per-format latency and peak memory, reader accuracy on the layout corpus, end to
// end, bundle size and cold import, and what 1,000 reports cost on AWS.
// A readable table, then, as the last line, one JSON object with every figure.
import '../local/quiet-sdk.js';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../pipeline/functions.js';
import { measureAccuracy } from './accuracy.js';
import { measureBundles, STAGES } from './bundles.js';
import { textCorpus } from './corpus.js';
import { type CostInput, costLine, costPer1000Reports, digestYearAtMostUsd, usd } from './cost.js';
import { measureE2e } from './e2e.js';
import { measureFormats } from './formats.js';
import { measureOcr } from './ocr.js';
import { measurePeakMemory, PEAK_FORMATS, type PeakFormat } from './peak-memory.js';
import { renderTable, type Row } from './table.js';
import { measureThroughput } from './throughput.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS_SIZE = 2_000;
const FORMAT_REPORTS = 30;
const E2E_REPORTS = 52; // two of them warm the functions up, unmeasured

const log = (message: string): void => console.log(`… ${message}`);

log(`corpus: ${CORPUS_SIZE} synthetic reports`);
const corpus = textCorpus(CORPUS_SIZE, 2026);
log('throughput (read + check, decode only)');
const throughput = await measureThroughput(corpus.files);
log(`.docx, .html, .pdf (${FORMAT_REPORTS} reports each)`);
const formats = await measureFormats(corpus.reports.slice(0, FORMAT_REPORTS));
log('peak memory per format (.txt, .html, .docx, a 20-page .pdf), each read in a fresh process');
const peak = await measurePeakMemory(corpus);
log('reader accuracy on the layout corpus (test/fixtures/layouts)');
const accuracy = await measureAccuracy();
log('OCR of the scanned corpus');
const ocr = await measureOcr();
log('bundles and cold imports');
const bundles = await measureBundles(ROOT);
log(`end to end through the local pipeline (${E2E_REPORTS} reports)`);
const e2e = await measureE2e(corpus.files.slice(0, E2E_REPORTS));

// Per-stage time: parse at the slowest format's read, validate at checkAndSuggest alone, notify at the whole e2e P50.
const readMs = [formats.docxMs, formats.htmlMs, formats.pdfMs].filter((ms) => ms !== undefined);
const costInput: CostInput | undefined =
  readMs.length > 0 && e2e.e2eP50Ms !== undefined && e2e.usage
    ? {
        stages: {
          parse: { memoryMb: FUNCTIONS.parse.memoryMb, ms: Math.max(...readMs) },
          validate: { memoryMb: FUNCTIONS.validate.memoryMb, ms: throughput.checkMs },
          notify: { memoryMb: FUNCTIONS.notify.memoryMb, ms: e2e.e2eP50Ms },
        },
        messagesPerReport: e2e.usage.messages,
        recipientsPerReport: e2e.usage.recipients,
        reportItemBytes: e2e.usage.reportItemBytes,
      }
    : undefined;
const cost = costInput && costPer1000Reports(costInput);

const BUNDLE_LIMIT_KB = { parse: 150, validate: 200, notify: 150 } as const;
/** The parse function runs at 512 MB (pipeline/functions.ts): a long PDF must leave room under it. */
const LAMBDA_MEMORY_GOAL_MB = 512;
const PEAK_GOAL_MB: Record<PeakFormat, number> = { txt: 512, html: 512, docx: 512, pdf: 300 };
const rows: Row[] = [
  { figure: 'checkPerSec', value: throughput.checkPerSec, unit: '/s', target: { atLeast: 2_000 } },
  { figure: 'decodePerSec', value: throughput.decodePerSec, unit: '/s' },
  { figure: 'ratio', value: throughput.ratio, unit: '', target: { atMost: 5 } },
  { figure: 'docxMs', value: formats.docxMs, unit: 'ms', target: { atMost: 20 } },
  { figure: 'htmlMs', value: formats.htmlMs, unit: 'ms' },
  { figure: 'pdfMs', value: formats.pdfMs, unit: 'ms' },
  { figure: 'checkMs', value: throughput.checkMs, unit: 'ms' },
  ...PEAK_FORMATS.map((format): Row => ({
    figure: `peakRssMb.${format}`,
    value: peak.peakRssMb[format],
    unit: 'MB',
    target: { atMost: PEAK_GOAL_MB[format] },
  })),
  { figure: 'parseMemoryMb', value: FUNCTIONS.parse.memoryMb, unit: 'MB', target: { atMost: LAMBDA_MEMORY_GOAL_MB } },
  { figure: 'accuracy.cases', value: accuracy.casesRight, unit: `/ ${accuracy.casesTotal}` },
  { figure: 'accuracy.falseStructural', value: accuracy.falseStructural, unit: '', target: { atMost: 0 } },
  { figure: 'pdfMsPerPage', value: accuracy.pdfMsPerPage, unit: 'ms', target: { atMost: 30 } },
  { figure: 'ocrSecondsPerPage', value: ocr.ocrSecondsPerPage, unit: 's', target: { atMost: 6 } },
  { figure: 'ocrPeakRssMb', value: ocr.ocrPeakRssMb, unit: 'MB' },
  { figure: 'ocrAccuracy.cells', value: ocr.cellsRight, unit: `/ ${ocr.cellsTotal}` },
  { figure: 'ocrAccuracy.reports', value: ocr.reportsRight, unit: `/ ${ocr.reportsTotal}` },
  { figure: 'ocrFax.falseErrors', value: ocr.fax?.falseErrors, unit: '', target: { atMost: 0 } },
  { figure: 'ocrFax.reports', value: ocr.fax?.reportsRight, unit: `/ ${ocr.fax?.reportsTotal ?? 0}` },
  { figure: 'e2eP50Ms', value: e2e.e2eP50Ms, unit: 'ms', target: { atMost: 2_000 } },
  { figure: 'e2eP95Ms', value: e2e.e2eP95Ms, unit: 'ms' },
  ...STAGES.map((stage): Row => ({
    figure: `bundleBytes.${stage}`,
    value: bundles.bundleBytes[stage],
    unit: 'kB',
    target: { atMost: BUNDLE_LIMIT_KB[stage] * 1000 },
  })),
  ...STAGES.map((stage): Row => ({
    figure: `coldImportMs.${stage}`,
    value: bundles.coldImportMs[stage],
    unit: 'ms',
    target: { atMost: 100 },
  })),
];

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
console.log(`\nnianbao bench — ${machine}`);
console.log(`corpus: ${CORPUS_SIZE} text reports in 5 layouts, ${Math.round(throughput.parsedShare * 100)} % parsed\n`);
console.log(renderTable(rows));
console.log(
  cost && costInput
    ? `\n${costLine(cost, costInput)}`
    : '\ncost per 1,000 reports: not measured (it needs the format read times and the e2e run)',
);
console.log(
  '  (parse and validate timed without their S3 and DynamoDB calls; notify billed for the whole e2e P50, an upper ' +
    `bound; the daily digest, not per report, costs at most ${usd(digestYearAtMostUsd(FUNCTIONS.digest))} a year ` +
    'per district)',
);
const notes = [...formats.notes, ...peak.notes, ...accuracy.notes, ...e2e.notes, ...bundles.notes];
if (notes.length > 0) console.log(`\nnotes:\n${notes.map((note) => `  - ${note}`).join('\n')}`);
const round = (value: number | undefined): number | undefined =>
  value === undefined ? undefined : Math.round(value * 100) / 100;
const roundAll = (figures: Partial<Record<string, number>>): Record<string, number | undefined> =>
  Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value)]));
console.log(
  JSON.stringify({
    checkPerSec: round(throughput.checkPerSec),
    decodePerSec: round(throughput.decodePerSec),
    ratio: round(throughput.ratio),
    docxMs: round(formats.docxMs),
    htmlMs: round(formats.htmlMs),
    pdfMs: round(formats.pdfMs),
    checkMs: round(throughput.checkMs),
    peakRssMb: roundAll(peak.peakRssMb),
    parseMemoryMb: FUNCTIONS.parse.memoryMb,
    accuracy: {
      casesRight: accuracy.casesRight,
      casesTotal: accuracy.casesTotal,
      falseStructural: accuracy.falseStructural,
    },
    pdfMsPerPage: round(accuracy.pdfMsPerPage),
    ocrSecondsPerPage: round(ocr.ocrSecondsPerPage),
    ocrPeakRssMb: round(ocr.ocrPeakRssMb),
    ocrAccuracy: { cellsRight: ocr.cellsRight, cellsTotal: ocr.cellsTotal, reportsRight: ocr.reportsRight, reportsTotal: ocr.reportsTotal },
    ocrFax: ocr.fax,
    e2eP50Ms: round(e2e.e2eP50Ms),
    e2eP95Ms: round(e2e.e2eP95Ms),
    bundleBytes: bundles.bundleBytes,
    coldImportMs: roundAll(bundles.coldImportMs),
    costPer1000Usd: cost && Math.round(cost.usd * 10_000) / 10_000,
    machine,
  }),
);
