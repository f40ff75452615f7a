import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../../functions/parse/read-report.js';
import { checkReport } from '../../../../functions/validate/check-report.js';

/**
 * Chromium prints of a 2021-template report whose Table 三 the page breaks inside a row (test/fixtures/pdf/page-break,
 * make.sh there): the end of 1.申请人无正当理由…'s label opens the next page under the repeated header. The numbers
 * below are those written in the pages.
 */
const row = (natural: number, commercial: number, publicInterest: number, other: number, total: number) => ({
  natural,
  commercial,
  research: 0,
  publicInterest,
  legal: 0,
  other,
  total,
});
const zeros = row(0, 0, 0, 0, 0);

describe.each(['ruled', 'borderless', 'ruled-narrow'])('a %s Table 三 broken inside a row', (name) => {
  it('reads the cut row whole, and the rows after it, with no finding', async () => {
    const file = `${name}.pdf`;
    const bytes = new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/page-break/${file}`, import.meta.url)));
    const result = await readReport({ name: file, bytes });
    if (result.status !== 'parsed') throw new Error(result.findings[0].message);
    const { table3 } = result.report;
    expect(table3?.['unable.3']).toEqual(zeros);
    expect(table3?.['otherHandling.1']).toEqual(row(1, 0, 0, 0, 1));
    expect(table3?.['otherHandling.2']).toEqual(zeros);
    expect(table3?.['otherHandling.3']).toEqual(zeros);
    expect(table3?.handledTotal).toEqual(row(12, 2, 1, 1, 16));
    expect(table3?.carriedOut).toEqual(row(1, 1, 0, 0, 2));
    expect(checkReport(result.report).findings).toEqual([]);
  });
});

/** The same pages as web pages: the PDF must read as the HTML it was printed from. */
const read = async (file: string) => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/page-break/${file}`, import.meta.url)));
  const result = await readReport({ name: file, bytes });
  if (result.status !== 'parsed') throw new Error(result.findings[0].message);
  return result.report;
};

describe.each(['ruled-very-narrow', 'borderless-very-narrow', 'borderless-narrow', 'borderless-centred'])('a %s Table 三 broken inside a row', (name) => {
  it('reads every table as its HTML source reads, with no finding', async () => {
    const [pdf, html] = [await read(`${name}.pdf`), await read(`${name}.html`)];
    expect(html.table3?.handledTotal).toBeDefined();
    expect({ table2: pdf.table2, table3: pdf.table3, table4: pdf.table4 }).toEqual({
      table2: html.table2,
      table3: html.table3,
      table4: html.table4,
    });
    expect(checkReport(pdf).findings).toEqual([]);
  });
});
