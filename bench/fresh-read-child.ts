// Run by fresh-read.ts, one file per fresh process so the peak RSS is this file's: reads the file named on stdin
// through readReport and prints one JSON line with the outcome, the read's milliseconds and the peak RSS.
import { readFileSync } from 'node:fs';
import { readReport } from '../functions/parse/read-report.js';
import { childRequestSchema, type ChildRead } from './fresh-read.js';

const { path, name } = childRequestSchema.parse(JSON.parse(readFileSync(0, 'utf8')));
// Reading a line first loads the format's reader (pdf.js alone takes a second): the time below is reading.
const extension = /\.[^./\\]*$/.exec(name)?.[0] ?? '';
await readReport({ name: `warm-up${extension}`, bytes: new TextEncoder().encode('一、总体情况') });
const bytes = readFileSync(path);
const start = performance.now();
const result = await readReport({ name, bytes });
const ms = performance.now() - start;
const findings = result.status === 'parsed' ? result.report.findings : result.findings;
const read: ChildRead = {
  status: result.status,
  rules: [...new Set(findings.map((found) => found.rule))].sort(),
  ...(result.status === 'rejected' && { message: result.findings[0].message }),
  ms,
  peakRssMb: process.resourceUsage().maxRSS / 1024, // kB on every platform Node runs on
};
console.log(JSON.stringify(read));
