import { beforeAll, describe, expect, it } from 'vitest';
import { spoiledBorderlessScan } from '../../corpus/ocr/borderless-scan.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { ocrScan } from '../../functions/parse/formats/ocr/ocr-scan.js';
import { readReport } from '../../functions/parse/read-report.js';
import { checkReport } from '../../functions/validate/check-report.js';

// A scan of a report whose tables have no rulings (two pages, a few seconds each): its numbers are read per detected
// line, then each again on its own ink, and keep their confidences as a ruled table's cells do.

const findingsOf = (result: ReadResult) =>
  result.status === 'parsed' ? checkReport(result.report).findings : result.findings;

describe('a scanned report with tables without rulings', () => {
  let twin: ReadResult;
  let scanned: ReadResult;
  beforeAll(async () => {
    const { text, scan } = await spoiledBorderlessScan('scratched', { degrees: 0.6, quality: 75, noise: 0.002, seed: 25 });
    twin = await readReport({ name: '2022年报.pdf', bytes: text });
    scanned = await readReport({ name: '2022年报.pdf', bytes: scan }, {}, ocrScan);
  }, 240_000);

  it('keeps how sure OCR was of every number of its tables', () => {
    expect(scanned.status).toBe('parsed');
    if (scanned.status !== 'parsed') return;
    // Table 三 alone prints 26 rows of 7 numbers.
    expect(Object.keys(scanned.report.ocr ?? {}).length).toBeGreaterThan(150);
  });

  it('asks to check the scratched total, read 37 or 32, instead of reporting its equations as errors', () => {
    // As printed, the report is clean; scanned, （七）总计's total 32 has the bottom bar of its 2 scratched off.
    expect(findingsOf(twin).filter((f) => f.severity === 'error')).toEqual([]);
    const findings = findingsOf(scanned);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'OCR-UNSURE')).toEqual([
      expect.objectContaining({ severity: 'warning', table: '三', row: 'handledTotal', column: 'total', actual: 37, expected: 32 }),
    ]);
  });
});
