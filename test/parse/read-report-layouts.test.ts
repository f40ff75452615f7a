import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { expectedTable3, expectedTable4, makeReport, type ReportData } from './support/report-data.js';
import { renderReport, TEXT_LAYOUTS } from './support/report-layouts.js';

async function readText(text: string, name = 'report.txt'): Promise<ReadReport> {
  const result = await readReport({ name, bytes: new TextEncoder().encode(text) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

const REPORTS: readonly [string, ReportData][] = [
  ['2019 template', makeReport('2019')],
  ['2021 template', makeReport('2021')],
  ['2021 template with a one-row （六）', makeReport('2021', true)],
];

describe.each(REPORTS)('a %s report', (_name, data) => {
  it.each(TEXT_LAYOUTS)('reads the same numbers from the %s layout', async (layout) => {
    const report = await readText(renderReport(data, layout), layout === 'markdown' ? 'report.md' : 'report.txt');

    expect(report).toMatchObject({ year: data.year, template: data.template, agency: data.agency });
    expect(report.sections).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.table4).toEqual(expectedTable4(data));
    expect(report.findings).toEqual([]);
  });

  it.each(TEXT_LAYOUTS)('reads Table 二 by label from the %s layout', async (layout) => {
    const report = await readText(renderReport(data, layout));

    const rows = Object.values(report.table2?.rows ?? {}).map((cells) => Object.values(cells));
    const printed = data.table2.map(([, cells]) => cells.map((cell) => Number(cell.replace(',', ''))));
    expect(rows).toEqual(printed);
  });
});

describe('provenance', () => {
  it('points every Table 三 value at the line it was read from', async () => {
    const text = renderReport(makeReport('2019'), 'pipe');
    const report = await readText(text);

    const line = text.split('\n').findIndex((l) => l.includes('（七）总计')) + 1;
    expect(report.cells['三/handledTotal/total']).toEqual({ line });
    expect(Object.keys(report.cells).filter((id) => id.startsWith('三/'))).toHaveLength(makeReport('2019').table3.length * 7);
  });
});
