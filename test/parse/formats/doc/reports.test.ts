import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../../functions/shared/model/report.js';
import { checkReport } from '../../../../functions/validate/check-report.js';
import { findingProblems, loadExpected } from '../../../../corpus/unseen-expected.js';

/**
 * The .doc fixtures (test/fixtures/doc, made by make.sh there) are unseen reports saved as Word 97–2003 by
 * LibreOffice: the same report in another container must read exactly as a careful reader of it finds it, which
 * its `.expected.json` in test/fixtures/unseen states (written by hand for the report, not from any reader).
 */
const DOC = new URL('../../../fixtures/doc/', import.meta.url).pathname;
const UNSEEN = new URL('../../../fixtures/unseen/', import.meta.url).pathname;

describe.each([
  // 2021 template; vertical and horizontal merges, 结果维持 written over four paragraphs of its cell; N-PERCENT.
  '09-gulou-zhujian-2022',
  // 2019 template; “/” and “—” cells that are missing, never 0; a T3-HANDLED-SUM error.
  '19-jiangbei-shuili-2020',
  // 2021 template; four numbers changed with Track Changes on, the deleted text still in the file.
  '30-siming-caizheng-2021',
])('the .doc of unseen report %s', (slug) => {
  const expected = loadExpected(`${UNSEEN}${slug}.expected.json`);
  let report: ReadReport;

  beforeAll(async () => {
    const result = await readReport({ name: `${slug}.doc`, bytes: new Uint8Array(readFileSync(`${DOC}${slug}.doc`)) });
    if (result.status !== 'parsed') throw new Error(result.findings.map((finding) => finding.message).join('; '));
    report = result.report;
  });

  it('reads the agency, year and template', () => {
    const { agency, year, template } = expected;
    expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({ agency, year, template });
  });

  it('reads every printed number of Table 三 and 四 into its cell', () => {
    expect(report.table3).toEqual(expected.table3);
    expect(report.table4).toEqual(expected.table4);
  });

  it('finds exactly the expected errors and the listed warnings', () => {
    expect(findingProblems(checkReport(report).findings, expected)).toEqual([]);
  });
});
