import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { district, readReport, stored } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../.nianbao/test-artifacts/', import.meta.url);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
if (!existsSync(CHROMIUM)) console.warn(`dashboard review-mark browser test skipped: needs ${CHROMIUM} (apt-get install chromium)`);

const rowTotal = finding('T3-ROW-TOTAL', { table: '三', row: 'received', rowLabel: '一、本年新收', column: 'total', columnLabel: '总计', expected: 7, actual: 6, message: '请更正总计' });
const balance = finding('T3-BALANCE', { table: '三', column: 'total', expected: 1, actual: 0, message: '请核对结转' });

describe.skipIf(!existsSync(CHROMIUM))('marking a finding 已核实无误 in headless Chromium', () => {
  const store = createMemoryReportStore();
  let dashboard: Dashboard | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await store.putReportOnce(stored('r1', 'tianqiao', readReport('天桥', 2020, 1), [rowTotal, balance]));
    dashboard = await startDashboard({ sources: [{ district, store }], now: () => new Date('2021-03-05T02:00:00.000Z') });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
  });

  it('marks one finding from its form, shows the mark and counts it apart; the other stays open', async () => {
    if (!browser || !dashboard) throw new Error('Chromium session not started');
    const page = await browser.newPage();
    await page.goto(new URL('/reports/xicheng/r1', dashboard.url).href);
    const cell = page.locator('#finding-0');
    await cell.getByText('标记为已核实无误').click();
    await cell.getByLabel('核实人').fill('张三');
    await cell.getByLabel('理由').fill('已电话核实：一人被计入两类');
    await Promise.all([page.waitForURL(/marked=created/), cell.getByRole('button', { name: '确认已核实无误' }).click()]);

    expect(await page.getByRole('status').textContent()).toContain('已记录：该问题已核实无误');
    const marked = page.locator('#finding-0');
    expect(await marked.textContent()).toContain('已核实无误核实人：张三');
    expect(await marked.textContent()).toContain('核实时间：2021-03-05 10:00（北京时间）');
    expect(await page.locator('#finding-1').getByText('标记为已核实无误').count()).toBe(1);
    expect(await page.textContent('body')).toContain('1 处错误，0 处提示（另 1 处已核实无误）');
    // The marked finding no longer flags its cell in 表三; the open one still flags its own.
    expect(await page.locator('td.error[title*="T3-ROW-TOTAL"]').count()).toBe(0);
    expect(await page.locator('td.error[title*="T3-BALANCE"]').count()).toBeGreaterThan(0);
    expect(await store.reviewMarksFor('tianqiao', 2020)).toEqual([expect.objectContaining({ by: '张三', finding: rowTotal })]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL('report-review-mark.png', ARTIFACTS).pathname, fullPage: true });
  });
});
