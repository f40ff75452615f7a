import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { district, readReport, stored } from './fixtures.js';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('dashboard server', () => {
  let dashboard: Dashboard;
  beforeAll(async () => {
    const store = createMemoryReportStore();
    const bad = readReport(hostile, 2020, 1);
    await store.putReportOnce(
      stored('r1', 'tianqiao', bad, [
        finding('T3-ROW-TOTAL', { table: '三', row: 'received', rowLabel: '一、本年新收', column: 'total', columnLabel: '总计', expected: 7, actual: 6, message: '请更正' }),
        finding('N-PLACEHOLDER', { message: '句中缺少数字', excerpt: hostile }),
      ]),
    );
    await store.putReportOnce(stored('r0', 'tianqiao', readReport('天桥', 2019, 1), [], '2020-03-01T00:00:00.000Z'));
    await store.putReportOnce(stored('r2', 'shichahai', readReport('什刹海', 2020, 2)));
    dashboard = await startDashboard({
      sources: [{ district, store }],
      renderEmail: () => ({ subject: '【年报核查】', text: '您好', html: `<p>${hostile}</p>` }),
    });
  });
  afterAll(() => dashboard.close());

  const get = (path: string) => fetch(new URL(path, dashboard.url));

  it('lists every report and filters by year', async () => {
    const all = await (await get('/')).text();
    expect(all).toContain('3 / 3');
    const filtered = await (await get('/?year=2019')).text();
    expect(filtered).toContain('1 / 3');
    expect(filtered).toContain('r0.txt');
  });

  it('escapes report text everywhere and forbids scripts by policy', async () => {
    const response = await get('/reports/xicheng/r1');
    const body = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('highlights the cell a finding names with its expected value', async () => {
    const body = await (await get('/reports/xicheng/r1')).text();
    expect(body).toMatch(/<td class="num error" title="T3-ROW-TOTAL: 请更正">6<span class="expected">应为 7<\/span><\/td>/);
  });

  it('shows the agency history side by side', async () => {
    const body = await (await get('/reports/xicheng/r1')).text();
    expect(body).toContain('/reports/xicheng/r0">2019</a>');
  });

  it('rolls up a district year and serves it as CSV', async () => {
    const page = await (await get('/rollup?district=xicheng&year=2020')).text();
    expect(page).toContain('纳入 1 份报告，未纳入 1 份');
    const csv = await get('/rollup.csv?district=xicheng&year=2020');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('一、本年新收政府信息公开申请数量,2,2,2,2,2,2,12');
  });

  it('serves the supervision list, linked from the overview, and its CSV', async () => {
    expect(await (await get('/')).text()).toContain('href="/supervision?district=xicheng&amp;year=2020"');
    const body = await (await get('/supervision?district=xicheng&year=2020')).text();
    expect(body).toContain('北京市西城区 2020年度 督导清单');
    expect(body).toContain('共 3 个机构：1 个有待更正的错误，1 个未提交，0 个有异常变化');
    const csv = await get('/supervision.csv?district=xicheng&year=2020');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="xicheng-2020-supervision.csv"');
    expect(await csv.text()).toContain('北京市西城区全响应服务中心,其他,未提交,0,0,,—');
    expect(await (await get('/supervision')).text()).toContain('<a href="/supervision?district=xicheng&amp;year=2019">北京市西城区 2019年度</a>');
  });

  it("links a report to its agency's trend page, which links each year's report", async () => {
    expect(await (await get('/reports/xicheng/r1')).text()).toContain('<a href="/agency/xicheng/tianqiao">该机构历年趋势</a>');
    const body = await (await get('/agency/xicheng/tianqiao')).text();
    expect(body).toContain('<a href="/reports/xicheng/r0">2019</a>');
    expect(body).toContain('<a href="/reports/xicheng/r1">2020</a>');
  });

  it('answers 404 for unknown reports and bad parameters', async () => {
    const missing = await get('/reports/xicheng/nope');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('未找到该页面');
    expect((await get('/agency/xicheng/nope')).status).toBe(404);
    expect((await get('/agency/xicheng/%E0%A4%A')).status).toBe(404);
    expect((await get('/?year=abc')).status).toBe(404);
  });
});
