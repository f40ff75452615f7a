import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocRow, DocumentRows } from '../../../../functions/parse/document.js';
import { readPdf } from '../../../../functions/parse/formats/pdf/read-pdf.js';
import { readReport } from '../../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../../functions/shared/model/report.js';
import { TABLE3_COLUMNS } from '../../../../functions/shared/model/template.js';
import { checkReport } from '../../../../functions/validate/check-report.js';

/**
 * Chromium prints of borderless reports whose first column is one character wide (test/fixtures/pdf/one-character,
 * make.sh there): every label in it prints one character per line. A clerk reads each as its row's label; only
 * 三、本年度办理结果, printed down the side beside all the result rows, is a vertical label. The numbers below are
 * those written in the pages.
 */
const bytesOf = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/one-character/${file}`, import.meta.url)));

async function report(file: string): Promise<ReadReport> {
  const result = await readReport({ name: file, bytes: bytesOf(file) });
  if (result.status !== 'parsed') throw new Error(result.findings[0].message);
  return result.report;
}

/** A Table 三 row's numbers as the page prints them, left to right. */
const row = (...numbers: number[]) => Object.fromEntries(TABLE3_COLUMNS.map((column, index) => [column, numbers[index]]));
const zeros = row(0, 0, 0, 0, 0, 0, 0);
const RESULTS = {
  received: row(12, 3, 0, 1, 0, 1, 17),
  carriedIn: row(1, 0, 0, 0, 0, 0, 1),
  granted: row(6, 2, 0, 1, 0, 0, 9),
  partial: row(2, 0, 0, 0, 0, 0, 2),
  ...Object.fromEntries([1, 2, 3, 5, 6, 7, 8].map((n) => [`denied.${n}`, zeros])),
  'denied.4': row(1, 0, 0, 0, 0, 0, 1),
  'unable.1': row(2, 0, 0, 0, 0, 1, 3),
  'unable.2': zeros,
  'unable.3': zeros,
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`notHandled.${n}`, zeros])),
  handledTotal: row(12, 2, 0, 1, 0, 1, 16),
  carriedOut: row(1, 1, 0, 0, 0, 0, 2),
};

describe('a borderless 2021 report whose label column is one character wide', () => {
  const file = 'borderless-left.pdf';

  it('reads Table 二 and Table 三 whole, with no finding', async () => {
    const read = await report(file);
    expect(read.table2?.rows).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 15 },
      licensing: { decisions: 156 },
      punishment: { decisions: 37 },
      enforcement: { decisions: 0 },
      fees: { feeAmount: 0 },
    });
    expect(read.table3).toEqual({
      ...RESULTS,
      'otherHandling.1': row(1, 0, 0, 0, 0, 0, 1),
      'otherHandling.2': zeros,
      'otherHandling.3': zeros,
    });
    expect(checkReport(read).findings).toEqual([]);
  });

  describe('its rows', () => {
    let doc: DocumentRows;
    beforeAll(async () => {
      doc = await readPdf(bytesOf(file));
    });
    const texts = (found: DocRow | undefined): string[] =>
      found?.cells.filter((cell) => !cell.merged && cell.text !== '').map((cell) => cell.text) ?? [];
    const rowWith = (text: string) => doc.rows.find((candidate) => candidate.cells.some((cell) => cell.text === text));

    it('joins a label printed one character per line top to bottom, on its row', () => {
      expect(texts(rowWith('行政规范性文件'))).toEqual(['行政规范性文件', '2', '1', '15']);
      expect(texts(rowWith('行政事业性收费'))).toEqual(['行政事业性收费', '0']);
    });

    it('reads a sub-row label printed so under its group label, and keeps the vertical label out of the cells', () => {
      expect(texts(rowWith('1.属于国家秘密'))).toEqual(['（三）不予公开', '1.属于国家秘密', ...Array<string>(7).fill('0')]);
      const cells = doc.rows.filter((candidate) => candidate.table === 1).flatMap(texts);
      expect(cells.filter((text) => [...'三、本年度办理结果'].includes(text))).toEqual([]);
    });
  });
});

describe('a borderless 2019 report whose label column is one character wide', () => {
  // borderless-centred: Table 二's （六） opens a page; borderless-small: 2. and 无 (of 4.无正当理由…) alone on a line.
  it.each(['borderless-centred.pdf', 'borderless-small.pdf'])('reads %s: Table 二 and Table 三 whole, with no finding', async (file) => {
    const read = await report(file);
    expect(read.table2?.rows).toEqual({
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
      normativeDocuments: { newlyMade: 2, newlyPublished: 2, totalPublished: 15 },
      licensing: { previousCount: 12, change: -1, decisions: 156 },
      otherServices: { previousCount: 3, change: 0, decisions: 20 },
      punishment: { previousCount: 40, change: 2, decisions: 37 },
      enforcement: { previousCount: 5, change: 0, decisions: 0 },
      fees: { previousCount: 0, change: 0 },
      procurement: { purchaseCount: 4, purchaseAmount: 572.6113 },
    });
    expect(read.table3).toEqual({ ...RESULTS, otherHandling: row(1, 0, 0, 0, 0, 0, 1) });
    expect(checkReport(read).findings).toEqual([]);
  });
});
