import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../dashboard/rollup.js';
import { LEFT_OUT_SHEET, rollUpXlsx, SUMMARY_SHEET } from '../../dashboard/rollup-xlsx.js';
import { SheetNames } from '../../dashboard/sheet-names.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { OTHER_HANDLING_SPLIT, TABLE3_COLUMNS, TABLE3_ROW_LABELS } from '../../functions/shared/model/template.js';
import { readReport, stored } from './fixtures.js';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The seven Table 三 cells of the row labelled `label` (null where the cell has no value), or undefined without it. */
function table3Row(ws: ExcelJS.Worksheet, label: string): (number | null)[] | undefined {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    if (ws.getCell(r, 1).value !== label) continue;
    return TABLE3_COLUMNS.map((_, i) => ws.getCell(r, 2 + i).value as number | null);
  }
  return undefined;
}

/** A 2021-template report: （六） as its three sub-rows, all zero. */
function split2021(agency: string, value: number): ReadReport {
  const report = readReport(agency, 2021, value);
  const zero = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 0])) as Record<(typeof TABLE3_COLUMNS)[number], number>;
  const { otherHandling: _, ...rest } = report.table3 ?? {};
  return { ...report, template: '2021', table3: { ...rest, ...Object.fromEntries(OTHER_HANDLING_SPLIT.map((row) => [row, zero])) } };
}

describe('the roll-up workbook', () => {
  it('sums as the agency sheets counted add up, with template labels and numbers as numbers', async () => {
    const blank = readReport('全响应', 2020, 5);
    if (blank.table3?.received) blank.table3.received.legal = null;
    const result = rollUp(
      [
        stored('a', 'tianqiao', readReport('天桥', 2020, 1)),
        stored('b', 'shichahai', readReport('什刹海', 2020, 2)),
        stored('c', 'quanxiangying', blank),
      ],
      2020,
    );
    const workbook = await readBack(await rollUpXlsx('北京市西城区', result));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([SUMMARY_SHEET, LEFT_OUT_SHEET, '什刹海', '天桥', '全响应']);
    const summary = sheet(workbook, SUMMARY_SHEET);
    expect(summary.getCell(1, 1).value).toBe('北京市西城区 2020年度 政府信息公开工作年度报告汇总');
    const received = TABLE3_ROW_LABELS.received;
    expect(table3Row(summary, received)).toEqual([3, 3, 3, 3, 3, 3, 18]);
    const counted = ['什刹海', '天桥'].map((name) => table3Row(sheet(workbook, name), received) ?? []);
    const sums = TABLE3_COLUMNS.map((_, i) => counted.reduce((sum, cells) => sum + (cells[i] ?? 0), 0));
    expect(table3Row(summary, received)).toEqual(sums);
    expect(table3Row(summary, '（六）其他处理（合计）')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // the heading rows are the template's, merged as it prints them
    expect(summary.getCell(4, 2).value).toBe('申请人情况');
    expect(summary.getCell(6, 3).value).toBe('商业企业');
    expect(summary.getCell(4, 8).isMerged).toBe(true);
  });

  it('leaves a blank cell blank (never 0) on the sheet of a report left out, and says why there and in 未纳入汇总', async () => {
    const blank = readReport('全响应', 2020, 5);
    if (blank.table3?.received) blank.table3.received.legal = null;
    const workbook = await readBack(await rollUpXlsx('', rollUp([stored('c', 'quanxiangying', blank)], 2020), [
      { agency: '（未读出）', file: 'scan.pdf', reason: '无法读取' },
    ]));
    const own = sheet(workbook, '全响应');
    expect(own.getCell(2, 1).value).toBe('未纳入汇总：表三有空白单元格');
    expect(table3Row(own, TABLE3_ROW_LABELS.received)).toEqual([5, 5, 5, 5, null, 5, 30]);
    const left = sheet(workbook, LEFT_OUT_SHEET);
    expect(left.getRow(4).values).toEqual([undefined, '全响应', 'c.txt', '表三有空白单元格']);
    expect(left.getRow(5).values).toEqual([undefined, '（未读出）', 'scan.pdf', '无法读取']);
    expect(table3Row(sheet(workbook, SUMMARY_SHEET), TABLE3_ROW_LABELS.received)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps the three （六） sub-rows only when every report counted has them, as the page and CSV do', async () => {
    const sub = TABLE3_ROW_LABELS['otherHandling.1'];
    const allSplit = rollUp([stored('a', 'tianqiao', split2021('天桥', 1)), stored('b', 'shichahai', split2021('什刹海', 1))], 2021);
    expect(table3Row(sheet(await readBack(await rollUpXlsx('', allSplit)), SUMMARY_SHEET), sub)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const mixed = rollUp([stored('a', 'tianqiao', split2021('天桥', 1)), stored('b', 'shichahai', { ...readReport('什刹海', 2021, 1) })], 2021);
    const workbook = await readBack(await rollUpXlsx('', mixed));
    expect(table3Row(sheet(workbook, SUMMARY_SHEET), sub)).toBeUndefined();
    expect(table3Row(sheet(workbook, '天桥'), sub)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\, and unique ignoring case', () => {
    const names = new SheetNames();
    const long = '北京市西城区人民政府[什刹海]街道办事处/综合行政执法队：第一分队（临时）*';
    const first = names.next(long);
    const second = names.next(long);
    expect(first).toHaveLength(31);
    expect(first).not.toMatch(/[[\]:*?/\\]/);
    expect(second).toMatch(/\(2\)$/);
    expect(second).toHaveLength(31);
    expect(names.next('Sheet')).toBe('Sheet');
    expect(names.next('SHEET')).toBe('SHEET(2)');
    expect(names.next("'")).toBe('机构');
  });
});
