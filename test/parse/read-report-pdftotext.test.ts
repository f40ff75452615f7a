import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';

// A hand-made `pdftotext -layout` rendering of a fictional 2021 report, laid out as real exports are: labels wrapped
// with their numbers on the second line, vertical block labels, （六）'s sub-rows over three lines with （六）
// itself on the middle one, a page number between two Table 三 rows.
const FIXTURE = new URL('../fixtures/text/pdftotext-2021-wrapped-labels.txt', import.meta.url);

describe('readReport on pdftotext -layout text with wrapped labels', () => {
  it('reads every Table 三 row by its label, with no positional or shape finding', async () => {
    const result = await readReport({ name: 'report.txt', bytes: readFileSync(FIXTURE) });
    if (result.status !== 'parsed') throw new Error('not parsed');
    const { report } = result;
    expect([report.agency, report.year, report.template]).toEqual(['北京市西城区德胜街道', 2022, '2021']);
    expect(report.findings.map((f) => f.rule)).toEqual([]);
    expect(report.table3?.partial?.natural).toBe(1);
    expect(report.table3?.['otherHandling.1']?.total).toBe(0);
    expect(report.table3?.['otherHandling.2']?.total).toBe(0);
    expect(report.table3?.['notHandled.2']?.total).toBe(1);
    expect(report.table3?.handledTotal).toEqual({ natural: 10, commercial: 2, research: 0, publicInterest: 0, legal: 0, other: 0, total: 12 });
    expect(report.table4?.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(report.table2?.rows.normativeDocuments).toEqual({ issued: 2, repealed: 1, inForce: 5 });
  });
});
