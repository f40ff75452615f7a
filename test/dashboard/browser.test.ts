import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { readReport as read } from '../../functions/parse/read-report.js';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';
import { district, readReport, stored } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../.nianbao/test-artifacts/', import.meta.url);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const ready = existsSync(CHROMIUM) && SEEDS_RUN;
if (!ready) console.warn(`dashboard browser tests skipped: needs ${CHROMIUM} (apt-get install chromium) and ../shared/seeds`);

/** A dashboard over a store the suite fills, and a Chromium, both closed after the suite. */
function chromiumSession(fill: (store: ReportStore) => Promise<void>): { open(path: string): Promise<Page> } {
  let dashboard: Dashboard | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const store = createMemoryReportStore();
    await fill(store);
    dashboard = await startDashboard({ sources: [{ district, store }] });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
  });
  return {
    async open(path) {
      if (!browser || !dashboard) throw new Error('Chromium session not started');
      const page = await browser.newPage();
      await page.goto(new URL(path, dashboard.url).href);
      return page;
    },
  };
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(name, ARTIFACTS).pathname, fullPage: true });
}

describe.skipIf(!ready)('dashboard in headless Chromium', () => {
  const session = chromiumSession(async (store) => {
    const result = await read({ name: '000.txt', bytes: readFileSync(seedPath('000_')) });
    if (result.status !== 'parsed') throw new Error('seed 000 did not read');
    const { findings } = checkReport(result.report, {});
    await store.putReportOnce(stored('seed000', 'tianqiao', result.report, findings));
    await store.putReportOnce(stored('clean1', 'shichahai', readReport('什刹海', 2019, 1)));
    await store.putReportOnce(stored('clean2', 'quanxiangying', readReport('全响应', 2019, 2)));
    await store.putReportOnce(stored('faulty', 'tianqiao', readReport('天桥', 2019, 5), findings));
  });

  it("highlights the cells of seed 000's three Table 三 errors, with the expected values", async () => {
    const page = await session.open('/reports/xicheng/seed000');
    const titles = await page.locator('td.error').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
    // T3-ROW-TOTAL and T3-HANDLED-SUM name one cell each; T3-BALANCE the four balance cells of 总计.
    expect(titles.filter((t) => t?.includes('T3-ROW-TOTAL'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-HANDLED-SUM'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-BALANCE'))).toHaveLength(4);
    const handledTotal = page.locator('tr', { has: page.locator('th', { hasText: /^（七）总计$/ }) });
    expect(await handledTotal.locator('td.error .expected').allTextContents()).toEqual(['应为 0', '应为 1']);
    await screenshot(page, 'report-page.png');
  });

  it('sums two clean reports in the roll-up and excludes the faulty one', async () => {
    const page = await session.open('/rollup?district=xicheng&year=2019');
    const received = page.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td');
    expect(await received.allTextContents()).toEqual(['3', '3', '3', '3', '3', '3', '18']);
    expect(await page.textContent('body')).toContain('表三/表四有 3 处错误');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('supervision list and trend page in headless Chromium', () => {
  const session = chromiumSession(async (store) => {
    const error = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 6, actual: 5, message: '请更正' });
    const warning = finding('N-PLACEHOLDER', { message: '句中缺少数字' });
    // 天桥 four years, its 本年新收 jumping ×8 in 2021 and an open error; 什刹海 a warning; 全响应 nothing for 2021.
    const years: [string, number, number, Finding[]][] = [
      ['tianqiao', 2018, 4, []],
      ['tianqiao', 2019, 5, []],
      ['tianqiao', 2020, 6, []],
      ['tianqiao', 2021, 48, [error]],
      ['shichahai', 2020, 3, []],
      ['shichahai', 2021, 4, [warning]],
      ['quanxiangying', 2020, 2, []],
    ];
    for (const [agency, year, value, findings] of years) {
      await store.putReportOnce(stored(`${agency}-${year}`, agency, readReport(agency, year, value), findings, `${year + 1}-03-01T00:00:00.000Z`));
    }
  });

  it('ranks the agency with an open error first and the one yet to upload after the warning', async () => {
    const page = await session.open('/supervision?district=xicheng&year=2021');
    const names = await page.locator('table.supervision tr td:nth-child(2)').allTextContents();
    expect(names).toEqual(['西城区人民政府天桥街道办事处', '北京市西城区什刹海街道', '北京市西城区全响应服务中心']);
    expect(await page.locator('td.jump').textContent()).toContain('本年新收申请：2020年 36 → 2021年 288');
    await screenshot(page, 'supervision-page.png');
  });

  it("draws the agency's figures over four years", async () => {
    const page = await session.open('/agency/xicheng/tianqiao');
    const chart = page.locator('tr', { has: page.locator('th', { hasText: /^本年新收申请$/ }) }).locator('svg');
    expect(await chart.locator('circle').count()).toBe(4);
    expect((await chart.boundingBox())?.width).toBeGreaterThan(100);
    await screenshot(page, 'agency-page.png');
  });
});
