// Run by fresh-read.ts, one file per fresh process so the peak RSS is this file's: plain Node, no tsx, importing
// readReport as bundled for the parse function. Reads the file named on stdin and prints one JSON line with the
// outcome, the read's milliseconds and the peak RSS.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { TextEncoder } from 'node:util';
import { z } from 'zod';

const request = z.object({ path: z.string(), name: z.string(), bundle: z.string() });
const { path, name, bundle } = request.parse(JSON.parse(readFileSync(0, 'utf8')));
const { readReport } = await import(pathToFileURL(bundle).href);
// Reading a line first loads the format's reader (pdf.js takes a moment): the time below is reading.
const extension = /\.[^./\\]*$/.exec(name)?.[0] ?? '';
await readReport({ name: `warm-up${extension}`, bytes: new TextEncoder().encode('一、总体情况') });
const bytes = readFileSync(path);
const start = performance.now();
const result = await readReport({ name, bytes });
const ms = performance.now() - start;
const findings = result.status === 'parsed' ? result.report.findings : result.findings;
process.stdout.write(
  `${JSON.stringify({
    status: result.status,
    rules: [...new Set(findings.map((found) => found.rule))].sort(),
    ...(result.status === 'rejected' && { message: result.findings[0].message }),
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024, // kB on every platform Node runs on
  })}\n`,
);
