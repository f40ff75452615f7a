import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { readReport as read } from '../../functions/parse/read-report.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';
import { type Box, colourShares, glyphImages } from './browser-pixels.js';
import { exampleDistrict, fillExampleDistrict, sentEmail } from './example-district.js';
import { district, stored } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../.nianbao/test-artifacts/', import.meta.url);
const VIEWPORT = { width: 1280, height: 720 };
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const ready = existsSync(CHROMIUM);
if (!ready) console.warn(`dashboard browser tests skipped: needs ${CHROMIUM} (apt-get install chromium)`);

/** The colours layout.ts marks cells with. */
const ERROR_FILL = '#fde2e1';
const ERROR_OUTLINE = '#d93025';
const SUGGESTION_RING = '#1a73e8';
const WHITE = '#ffffff';

// One Chromium and one tab for the whole file: starting either is the slow part.
let browser: Browser | undefined;
let tab: Page | undefined;
beforeAll(async () => {
  if (!ready) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  tab = await browser.newPage({ viewport: VIEWPORT });
}, 60_000);
afterAll(() => browser?.close());

/** A dashboard over a store the suite fills, closed after the suite; pages open in the file's Chromium. */
function dashboardOver(fill: (store: ReportStore) => Promise<void>, sources = (store: ReportStore) => startDashboard({ sources: [{ district, store }] })) {
  let dashboard: Dashboard | undefined;
  beforeAll(async () => {
    const store = createMemoryReportStore();
    await fill(store);
    dashboard = await sources(store);
  }, 60_000);
  afterAll(() => dashboard?.close());
  return async (path: string): Promise<Page> => {
    if (!tab || !dashboard) throw new Error('Chromium session not started');
    const response = await tab.goto(new URL(path, dashboard.url).href);
    expect(response?.status()).toBe(200);
    return tab;
  };
}

/**
 * The whole page, taken with a window as tall as the page rather than Playwright's fullPage: that one leaves the
 * email's sandboxed frame (drawn by a process of its own) blank.
 */
async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const height = await page.locator('html').evaluate((root) => root.scrollHeight);
  await page.setViewportSize({ ...VIEWPORT, height: Math.max(VIEWPORT.height, height) });
  try {
    return await page.screenshot({ path: new URL(name, ARTIFACTS).pathname });
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
}

/** The boxes of the located elements in page pixels, grown by `grow` on every side (an outline is drawn outside). */
async function boxes(located: Locator, grow = 0): Promise<Box[]> {
  return located.evaluateAll(
    (cells, by) =>
      cells.map((cell) => {
        const [r, view] = [cell.getBoundingClientRect(), cell.ownerDocument.defaultView];
        const [left, top] = [r.x + (view?.scrollX ?? 0), r.y + (view?.scrollY ?? 0)];
        return { x: left - by, y: top - by, width: r.width + 2 * by, height: r.height + 2 * by };
      }),
    grow,
  );
}

/** The page's visible text: what the office reads, without markup, class names or link targets. */
const visibleText = (page: Page) => page.locator('body').innerText();

describe.skipIf(!ready)('the dashboard in headless Chromium over four agencies × three years of example reports', () => {
  const open = dashboardOver(fillExampleDistrict, (store) =>
    startDashboard({ sources: [{ district: exampleDistrict, store }], renderEmail: sentEmail }),
  );

  it('draws Chinese with real glyphs, not the missing-glyph box', async () => {
    const page = await open('/');
    const [nian, bao, missing, alsoMissing] = await glyphImages(page, ['年', '报', '\u0378', '\u0379']);
    // Two unassigned code points draw the same box: this is what Chinese would look like without a CJK font.
    expect(missing).toBe(alsoMissing);
    const noFont = 'Chinese is drawn as boxes: this machine needs a CJK font (.ci/run installs fonts-wqy-zenhei)';
    expect(nian, noFont).not.toBe(bao);
    expect(nian, noFont).not.toBe(missing);
  });

  it('lists every upload with Chinese statuses and Beijing times, and filters by status', async () => {
    const page = await open('/');
    const text = await visibleText(page);
    expect(text).toContain('12 / 12');
    expect(text).not.toMatch(/PARSED|VALIDATED|REJECTED|NOTIFIED/);
    const row = page.locator('table.reports tr', { hasText: '2021-年报.doc' });
    // Uploaded 2022-03-02T02:00Z: 10:00 in Beijing.
    expect(await row.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['北京市西城区全响应服务中心', '2022-03-02 10:00', '无法读取']),
    );
    const statuses = await page.locator('table.reports .badge').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['已通知', '已核查', '无法读取']));
    await screenshot(page, 'overview-page.png');

    const notified = await open('/?status=NOTIFIED');
    expect(await notified.locator('table.reports .badge').allTextContents()).toEqual(Array<string>(5).fill('已通知'));
    expect(await notified.locator('select[name=status] option[selected]').textContent()).toBe('已通知');
  });

  it("marks the report's failing and suggested cells, in the screenshot too", async () => {
    const page = await open('/reports/xicheng/tianqiao-2021-年报.txt');
    const text = await visibleText(page);
    expect(text).toContain('上传于 2022-03-01 09:30（北京时间）');
    expect(text).toContain('已通知');
    expect(text).toContain('2021年版模板');
    const titles = await page.locator('td.error').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title') ?? ''));
    expect(titles.some((t) => t.includes('T3-ROW-TOTAL'))).toBe(true);
    expect(titles.some((t) => t.includes('T3-HANDLED-SUM'))).toBe(true);
    expect(await page.locator('td.suggestion .suggested').count()).toBeGreaterThan(0);

    // The email is framed from srcdoc: shot once it has drawn, so the picture shows what the agency received.
    await expect.poll(() => page.frameLocator('iframe').locator('body').textContent()).toContain('您好！');
    const png = await screenshot(page, 'report-page.png');
    const errors = await boxes(page.locator('td.error'), 2);
    const suggested = await boxes(page.locator('td.suggestion'));
    // 一、本年新收 自然人: a cell no finding names, far from the marked ones.
    const plain = await boxes(page.locator('tr', { has: page.locator('th', { hasText: /^一、本年新收/ }) }).locator('td').first());
    const email = await boxes(page.locator('iframe'));
    const shares = await colourShares(page, png, [...errors, ...suggested, ...plain, ...email], [ERROR_FILL, ERROR_OUTLINE, SUGGESTION_RING, WHITE]);
    for (const [fill, outline] of shares.slice(0, errors.length)) {
      expect(fill).toBeGreaterThan(0.3);
      expect(outline).toBeGreaterThan(0.03);
    }
    for (const [, , ring] of shares.slice(errors.length, errors.length + suggested.length)) expect(ring).toBeGreaterThan(0.03);
    expect(shares.at(-2)?.slice(0, 3)).toEqual([0, 0, 0]);
    // The email as the agency received it is in the picture, not an empty white frame.
    expect(shares.at(-1)?.[3]).toBeLessThan(0.9);
  });

  it('says what was copied from last year', async () => {
    const page = await open('/reports/xicheng/wenlv-2020-年报.txt');
    expect(await page.locator('tr', { hasText: 'D-SAME-AS-LAST-YEAR' }).textContent()).toContain('完全相同');
  });

  it('ranks open errors first, then the agency yet to upload, with the jump and the unreadable upload', async () => {
    const page = await open('/supervision?district=xicheng&year=2021');
    const rows = page.locator('table.supervision tr');
    const names = (await rows.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.split('\n')[0]);
    expect(names).toEqual(['西城区人民政府天桥街道办事处', '北京市西城区什刹海街道', '北京市西城区全响应服务中心', '北京市西城区文化和旅游局']);
    expect(await rows.locator('.badge').allTextContents()).toEqual(['已通知', '已通知', '未提交', '已核查']);
    expect(await page.locator('td.jump').textContent()).toContain('本年新收申请：2020年 25 → 2021年 150');
    expect(await page.locator('a', { hasText: '最近一次上传无法读取' }).count()).toBe(1);
    // Mailed 2022-03-01T01:40Z: the same day in Beijing.
    const mailed = (await rows.first().locator('th').allTextContents()).indexOf('邮件发出');
    expect(await rows.nth(1).locator('td').nth(mailed).textContent()).toBe('2022-03-01');
    await screenshot(page, 'supervision-page.png');
  });

  it("draws an agency's figures over the three years, its jump marked, against its peers", async () => {
    const page = await open('/agency/xicheng/shichahai');
    const chart = page.locator('tr', { has: page.locator('th', { hasText: /^本年新收申请$/ }) }).locator('svg');
    expect(await chart.locator('circle').count()).toBe(3);
    expect((await chart.boundingBox())?.width).toBeGreaterThan(100);
    expect(await page.locator('td.jump').first().getAttribute('title')).toContain('2020年 25 → 2021年 150');
    expect(await page.locator('h2', { hasText: '与区内同类机构（街道/乡镇）对比' }).count()).toBe(1);
    await screenshot(page, 'agency-page.png');
  });

  it('sums the complete reports of a year, says why the others are out, and compares each kind', async () => {
    const y2020 = await open('/rollup?district=xicheng&year=2020');
    const received = y2020.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td');
    // 7 + 25 + 15 + 4: every 2020 report has only warnings, so all four count.
    expect((await received.allTextContents()).at(-1)).toBe('51');

    const page = await open('/rollup?district=xicheng&year=2021');
    const text = await visibleText(page);
    expect(text).toContain('纳入 1 份报告，未纳入 2 份');
    expect(text).toContain('表三/表四有 2 处错误');
    expect(await page.locator('h2:text-is("尚未提交") + ul li').allTextContents()).toEqual(['北京市西城区全响应服务中心']);
    expect(await page.locator('h3').allTextContents()).toEqual(['街道/乡镇（2 个机构）', '委办局（1 个机构）']);
    await screenshot(page, 'rollup-page.png');
  });
});

describe.skipIf(!ready || !SEEDS_RUN)('a real report in headless Chromium', () => {
  const open = dashboardOver(async (store) => {
    const result = await read({ name: '000.txt', bytes: readFileSync(seedPath('000_')) });
    if (result.status !== 'parsed') throw new Error('seed 000 did not read');
    await store.putReportOnce(stored('seed000', 'tianqiao', result.report, checkReport(result.report, {}).findings));
  });

  it("highlights the cells of seed 000's three Table 三 errors, with the expected values", async () => {
    const page = await open('/reports/xicheng/seed000');
    const titles = await page.locator('td.error').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title')));
    // T3-ROW-TOTAL and T3-HANDLED-SUM name one cell each; T3-BALANCE the four balance cells of 总计.
    expect(titles.filter((t) => t?.includes('T3-ROW-TOTAL'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-HANDLED-SUM'))).toHaveLength(1);
    expect(titles.filter((t) => t?.includes('T3-BALANCE'))).toHaveLength(4);
    const handledTotal = page.locator('tr', { has: page.locator('th', { hasText: /^（七）总计$/ }) });
    expect(await handledTotal.locator('td.error .expected').allTextContents()).toEqual(['应为 0', '应为 1']);
  });
});
