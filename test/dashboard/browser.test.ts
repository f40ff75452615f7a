import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { readReport as read } from '../../functions/parse/read-report.js';
import { createMemoryReportStore } from '../../functions/shared/memory-store.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { district, readReport, stored } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const SEED_000 = new URL('../../../shared/seeds/000_2e3eded13777c58a.txt', import.meta.url);
const ARTIFACTS = new URL('../../.nianbao/test-artifacts/', import.meta.url);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const ready = existsSync(CHROMIUM) && existsSync(SEED_000);
if (!ready) console.warn(`dashboard browser tests skipped: needs ${CHROMIUM} (apt-get install chromium) and ../shared/seeds`);

describe.skipIf(!ready)('dashboard in headless Chromium', () => {
  let dashboard: Dashboard;
  let browser: Browser;
  beforeAll(async () => {
    const result = await read({ name: '000.txt', bytes: readFileSync(SEED_000) });
    if (result.status !== 'parsed') throw new Error('seed 000 did not read');
    const { findings } = checkReport(result.report, {});
    const store = createMemoryReportStore();
    await store.putReportOnce(stored('seed000', 'tianqiao', result.report, findings));
    await store.putReportOnce(stored('clean1', 'shichahai', readReport('什刹海', 2019, 1)));
    await store.putReportOnce(stored('clean2', 'quanxiangying', readReport('全响应', 2019, 2)));
    await store.putReportOnce(stored('faulty', 'tianqiao', readReport('天桥', 2019, 5), findings));
    dashboard = await startDashboard({ sources: [{ district, store }] });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
  });

  it("highlights the cells of seed 000's three Table 三 errors, with the expected values", async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/reports/xicheng/seed000', dashboard.url).href);
    const titles = await page.locator('td.error').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
    // T3-ROW-TOTAL and T3-HANDLED-SUM name one cell each; T3-BALANCE the four balance cells of 总计.
    expect(titles.filter((t) => t?.includes('T3-ROW-TOTAL'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-HANDLED-SUM'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-BALANCE'))).toHaveLength(4);
    const handledTotal = page.locator('tr', { has: page.locator('th', { hasText: /^（七）总计$/ }) });
    expect(await handledTotal.locator('td.error .expected').allTextContents()).toEqual(['应为 0', '应为 1']);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL('report-page.png', ARTIFACTS).pathname, fullPage: true });
  });

  it('sums two clean reports in the roll-up and excludes the faulty one', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/rollup?district=xicheng&year=2019', dashboard.url).href);
    const received = page.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td');
    expect(await received.allTextContents()).toEqual(['3', '3', '3', '3', '3', '3', '18']);
    expect(await page.textContent('body')).toContain('表三/表四有 3 处错误');
  });
});
