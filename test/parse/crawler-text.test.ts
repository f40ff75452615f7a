import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSpacedRows } from '../../functions/parse/formats/text/cells.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { TableId } from '../../functions/shared/model/template.js';

/**
 * Web pages saved as text by a crawler (test/fixtures/crawler/README.md): each table row's cells run together,
 * sometimes with single spaces, sometimes several rows on one line. Expectations are what a clerk reading the
 * text sees: the template and every table are there; a row whose digits cannot be told apart is S-SHAPE, never a
 * guessed split; a row whose cells are told apart (a lone cell, or one value per cell separated by spaces) is read.
 */

async function read(name: string): Promise<ReadReport> {
  const bytes = readFileSync(new URL(`../fixtures/crawler/${name}`, import.meta.url));
  const result = await readReport({ name, bytes: new Uint8Array(bytes) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

/** The rows S-SHAPE names in a table, whether one finding per row (`row`) or one per cause (`rows`). */
function shapeRows(findings: readonly Finding[], table: TableId): string[] {
  return findings
    .filter((finding) => finding.rule === 'S-SHAPE' && finding.table === table)
    .flatMap((finding) => {
      const grouped = (finding as Finding & { rows?: string[] }).rows;
      return grouped ?? (finding.row === undefined ? [] : [finding.row]);
    })
    .sort();
}

const rulesOf = (findings: readonly Finding[]): string[] => [...new Set(findings.map((finding) => `${finding.rule} ${finding.table ?? ''}`))].sort();

const TABLE3_2019 = [
  'received', 'carriedIn', 'granted', 'partial',
  'denied.1', 'denied.2', 'denied.3', 'denied.4', 'denied.5', 'denied.6', 'denied.7', 'denied.8',
  'unable.1', 'unable.2', 'unable.3',
  'notHandled.1', 'notHandled.2', 'notHandled.3', 'notHandled.4', 'notHandled.5',
  'otherHandling', 'handledTotal', 'carriedOut',
];
const TABLE3_2021 = [
  ...TABLE3_2019.filter((row) => row !== 'otherHandling'),
  'otherHandling.1', 'otherHandling.2', 'otherHandling.3',
];
const TABLE2_2019 = ['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'punishment', 'enforcement', 'fees', 'procurement'];

const WANGCHENGLU = { agency: '洛阳市西工区人民政府王城路街道办事处', year: 2020, template: '2019' };
const SHUANGTA = { agency: '苏州市姑苏区人民政府双塔街道办事处', year: 2023, template: '2021' };
const meta = (report: ReadReport) => ({ agency: report.agency, year: report.year, template: report.template });

describe('splitSpacedRows on lines a crawler ran together', () => {
  it.each([
    ['（七）总计23 0 00 0 023', [['（七）总计', '23', '0', '00', '0', '023']]],
    ['3200000326.属于四类过程性信息', [['320000032'], ['6.属于四类过程性信息']]],
    [
      '二、上年结转政府信息公开申请数量3 00 00 03 三、本年度办理结果（一）予以公开 153 00 10 19',
      [['二、上年结转政府信息公开申请数量', '3', '00', '00', '03'], ['三、本年度办理结果', '（一）予以公开', '153', '00', '10', '19']],
    ],
    ['（三）不予公开1.属于国家秘密0000000', [['（三）不予公开', '1.属于国家秘密', '0000000']]],
    ['行政许可318', [['行政许可', '318']]],
    ['政府集中采购3 12.5', [['政府集中采购', '3', '12.5']]],
  ])('%s', (line, rows) => {
    expect(splitSpacedRows(line)).toEqual(rows);
  });

  it.each([
    '洛阳市西工区人民政府王城路街道办事处2020年政府信息公开工作年度报告',
    '2020年，本单位坚持以公开为常态、不公开为例外，共收到政府信息公开申请3件，均在法定期限内答复。',
    '统计期限自2020年1月1日起至2020年12月31日止',
    '第二十条第（一）项',
    '发布时间：2021-01-29',
  ])('leaves %s one cell', (line) => {
    expect(splitSpacedRows(line)).toEqual([[line]]);
  });
});

describe('crawler text: every row run together (2019 template)', () => {
  it('recognises the template and all three tables, and gives S-SHAPE for every row, reading no number', async () => {
    const report = await read('wangchenglu-2020-glued.txt');
    expect(meta(report)).toEqual(WANGCHENGLU);
    expect(rulesOf(report.findings)).toEqual(['S-SHAPE 三', 'S-SHAPE 二', 'S-SHAPE 四']);
    expect(shapeRows(report.findings, '二')).toEqual([...TABLE2_2019].sort());
    expect(shapeRows(report.findings, '三')).toEqual([...TABLE3_2019].sort());
    expect(report.table2?.rows).toEqual({});
    expect(report.table3).toEqual({});
    expect(report.table4).toEqual({});
  });
});

describe('crawler text without the section headings of Tables 三 and 四', () => {
  it('finds Table 三 and Table 四 by their run-together header rows', async () => {
    const text = readFileSync(new URL('../fixtures/crawler/wangchenglu-2020-glued.txt', import.meta.url), 'utf8')
      .replace('三、收到和处理政府信息公开申请情况\n', '')
      .replace('四、政府信息公开行政复议、行政诉讼情况\n', '');
    const result = await readReport({ name: 'report.txt', bytes: new TextEncoder().encode(text) });
    if (result.status !== 'parsed') throw new Error('rejected');
    const { findings } = result.report;
    expect(rulesOf(findings)).toEqual(['S-SECTIONS ', 'S-SHAPE 三', 'S-SHAPE 二', 'S-SHAPE 四']);
    expect(shapeRows(findings, '三')).toEqual([...TABLE3_2019].sort());
  });
});

describe('crawler text: single spaces in some places, rows sometimes on one line (2019 template)', () => {
  it('reads the Table 二 rows whose cells are told apart, and gives S-SHAPE for the rest', async () => {
    const report = await read('wangchenglu-2020-mixed.txt');
    expect(meta(report)).toEqual(WANGCHENGLU);
    expect(rulesOf(report.findings)).toEqual(['S-SHAPE 三', 'S-SHAPE 二', 'S-SHAPE 四']);
    expect(report.table2?.rows).toEqual({
      fees: { previousCount: 0, change: 0 },
      procurement: { purchaseCount: 3, purchaseAmount: 12.5 },
    });
    expect(shapeRows(report.findings, '二')).toEqual(
      ['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'punishment', 'enforcement'].sort(),
    );
    expect(shapeRows(report.findings, '三')).toEqual([...TABLE3_2019].sort());
    expect(report.table3).toEqual({});
    expect(report.table4).toEqual({});
  });
});

describe('crawler text (2021 template, Table 三 continued after a page break)', () => {
  const TABLE2_LONE_CELLS = {
    licensing: { decisions: 0 },
    punishment: { decisions: 71 },
    enforcement: { decisions: 0 },
    fees: { feeAmount: 0 },
  };

  it.each(['shuangta-2023-glued.txt', 'shuangta-2023-runon.txt'])(
    '%s: reads the one-cell rows, gives S-SHAPE for every other row, and reads no number',
    async (name) => {
      const report = await read(name);
      expect(meta(report)).toEqual(SHUANGTA);
      expect(rulesOf(report.findings)).toEqual(['S-SHAPE 三', 'S-SHAPE 二', 'S-SHAPE 四']);
      expect(report.table2?.rows).toEqual(TABLE2_LONE_CELLS);
      expect(shapeRows(report.findings, '二')).toEqual(['normativeDocuments', 'regulations']);
      expect(shapeRows(report.findings, '三')).toEqual([...TABLE3_2021].sort());
      expect(report.table3).toEqual({});
      expect(report.table4).toEqual({});
    },
  );

  it('reads every number when each cell is set off by one space', async () => {
    const report = await read('shuangta-2023-spaced.txt');
    expect(meta(report)).toEqual(SHUANGTA);
    expect(report.findings).toEqual([]);
    expect(report.table2?.rows).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 3, repealed: 2, inForce: 11 },
      ...TABLE2_LONE_CELLS,
    });
    const row = (natural: number, commercial = 0, legal = 0) => ({
      natural, commercial, research: 0, publicInterest: 0, legal, other: 0, total: natural + commercial + legal,
    });
    expect(report.table3).toEqual({
      received: row(28, 4, 1),
      carriedIn: row(3),
      granted: row(15, 3, 1),
      partial: row(2),
      'denied.1': row(0), 'denied.2': row(0), 'denied.3': row(0), 'denied.4': row(1),
      'denied.5': row(0), 'denied.6': row(0), 'denied.7': row(0), 'denied.8': row(0),
      'unable.1': row(8, 1), 'unable.2': row(1), 'unable.3': row(0),
      'notHandled.1': row(2), 'notHandled.2': row(0), 'notHandled.3': row(0), 'notHandled.4': row(0), 'notHandled.5': row(0),
      'otherHandling.1': row(1), 'otherHandling.2': row(0), 'otherHandling.3': row(0),
      handledTotal: row(30, 4, 1),
      carriedOut: row(1),
    });
    const zeros = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    expect(report.table4).toEqual({ review: zeros, suitDirect: zeros, suitAfterReview: zeros });
  });
});
