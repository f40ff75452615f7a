import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachment, XLSX_TYPE } from '../../dashboard/download.js';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { district, readReport, stored } from './fixtures.js';

describe('the roll-up workbook download', () => {
  let dashboard: Dashboard;
  beforeAll(async () => {
    const store = createMemoryReportStore();
    await store.putReportOnce(stored('r1', 'tianqiao', readReport('天桥', 2020, 1)));
    await store.putReportOnce(stored('r2', 'shichahai', readReport('什刹海', 2020, 2)));
    dashboard = await startDashboard({ sources: [{ district, store }] });
  });
  afterAll(() => dashboard.close());

  const get = (path: string) => fetch(new URL(path, dashboard.url));

  it('is linked from the roll-up page and served as a workbook under its Chinese name', async () => {
    expect(await (await get('/rollup?district=xicheng&year=2020')).text()).toContain('href="/rollup.xlsx?district=xicheng&amp;year=2020"');
    const response = await get('/rollup.xlsx?district=xicheng&year=2020');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="xicheng-2020-rollup.xlsx"; filename*=UTF-8''${encodeURIComponent('北京市西城区2020年度汇总.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.getWorksheet('汇总')?.getCell(7, 8).value).toBe(18); // 一、本年新收 总计: 6 + 12
  });

  it('without a district and year lists the district years instead', async () => {
    const response = await get('/rollup.xlsx');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('href="/rollup?district=xicheng&amp;year=2020"');
  });
});

describe('attachment', () => {
  it('encodes the Chinese name per RFC 5987, quotes included, and keeps the ASCII name plain', () => {
    expect(attachment('a b(1).xlsx', "东城区（二）'s (1)*.xlsx")).toBe(
      "attachment; filename=\"a_b_1_.xlsx\"; filename*=UTF-8''%E4%B8%9C%E5%9F%8E%E5%8C%BA%EF%BC%88%E4%BA%8C%EF%BC%89%27s%20%281%29%2A.xlsx",
    );
  });
});
