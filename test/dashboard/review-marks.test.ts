import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dashboard, startDashboard } from '../../dashboard/server.js';
import { finding } from '../../functions/shared/model/finding.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { district, readReport, stored } from './fixtures.js';

const rowTotal = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 7, actual: 6, message: '请更正总计' });
const balance = finding('T3-BALANCE', { table: '三', column: 'total', expected: 1, actual: 0, message: '请核对结转' });
const carry = finding('X-CARRY', { table: '三', row: 'carriedIn', column: 'total', expected: 3, actual: 2, message: '上年结转与上年报告不一致' });
const placeholder = finding('N-PLACEHOLDER', { message: '句中缺少数字', excerpt: '共收到申请件' });

interface Reply {
  status: number;
  location?: string;
  body: string;
}

/** A raw HTTP request, so a test can send the headers a browser (or another site's page) would. */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('review marks on the dashboard', () => {
  let dashboard: Dashboard;
  let store: ReportStore;
  let token: string;
  beforeAll(async () => {
    store = createMemoryReportStore();
    await store.putReportOnce({
      ...stored('r1', 'tianqiao', readReport('天桥', 2020, 1), [rowTotal, balance, placeholder]),
      status: 'NOTIFIED',
      notifiedTo: ['tianqiao@example.gov.cn'],
      notifiedAt: '2021-03-02T00:00:00.000Z',
    });
    await store.putReportOnce(stored('r2', 'tianqiao', readReport('天桥', 2020, 1), [rowTotal], '2021-04-01T08:00:00.000Z'));
    await store.putFollowUpOnce({ reportId: 'r1', id: 'f1', findings: [carry], createdAt: '2021-03-03T00:00:00.000Z', causedBy: 'r0' });
    await store.putReportOnce(stored('bad', 'shichahai', undefined, [finding('S-FORMAT', { message: '无法读取' })]));
    dashboard = await startDashboard({
      sources: [{ district, store }],
      now: () => new Date('2021-03-05T02:00:00.000Z'),
      renderEmail: (report) => ({ subject: `${report.findings.length} 处问题`, text: '', html: '' }),
    });
    token = /name="token" value="([^"]+)"/.exec((await send(dashboard.url, '/reports/xicheng/r1')).body)?.[1] ?? '';
  });
  afterAll(() => dashboard.close());

  const mark = (reportId: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    send(dashboard.url, `/reports/xicheng/${reportId}/marks`, { method: 'POST', headers: { ...FORM, ...headers }, body: form({ token, ...fields }) });

  it('marks a finding, shows who, when and why, and keeps the first mark of the same finding', async () => {
    expect(token).toMatch(/^[\w-]{43}$/);
    const first = await mark('r1', { finding: '0', by: '张三\u0007', reason: '已电话核实：\n一人计入两类' });
    expect(first).toMatchObject({ status: 303, location: '/reports/xicheng/r1?marked=created#finding-0' });
    const again = await mark('r1', { finding: '0', by: '李四', reason: '再次核实' });
    expect(again.location).toBe('/reports/xicheng/r1?marked=duplicate#finding-0');

    const page = (await send(dashboard.url, again.location ?? '')).body;
    expect(page).toContain('该问题此前已核实无误，保留首次核实的记录。');
    expect(page).toContain('核实人：张三<br>');
    expect(page).toContain('核实时间：2021-03-05 10:00（北京时间）<br>理由：已电话核实： 一人计入两类');
    expect(page).not.toContain('李四');
    expect(page).toContain('1 处错误，1 处提示（另 1 处已核实无误）');
    // The email shown is the one sent on 3-02: the mark of 3-05 was not yet made.
    expect(page).toContain('3 处问题');
    const marks = await store.reviewMarksFor('tianqiao', 2020);
    expect(marks).toEqual([expect.objectContaining({ by: '张三', reason: '已电话核实： 一人计入两类', reportId: 'r1', finding: rowTotal })]);
  });

  it('keeps both of two marks of two findings posted at once', async () => {
    const replies = await Promise.all([
      mark('r1', { finding: '1', by: '王五', reason: '结转数经核对无误' }),
      mark('r1', { finding: '2', by: '赵六', reason: '原文如此' }),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual([303, 303]);
    const by = (await store.reviewMarksFor('tianqiao', 2020)).map((m) => m.by).sort();
    expect(by).toEqual(['张三', '王五', '赵六']);
  });

  it("shows a later version's same finding as marked, and counts marks apart on the overview and the supervision list", async () => {
    const later = (await send(dashboard.url, '/reports/xicheng/r2')).body;
    expect(later).toContain('0 处错误，0 处提示（另 1 处已核实无误）');
    expect(later).toContain('核实人：张三');
    const overview = (await send(dashboard.url, '/')).body;
    expect(overview).toContain('<th>已核实无误</th>');
    const supervision = (await send(dashboard.url, '/supervision?district=xicheng&year=2020')).body;
    expect(supervision).toMatch(/<td class="num">0<\/td><td class="num">0<\/td><td class="num">1<\/td>/);
  });

  it('marks a finding of a follow-up (补充通知) from its own form', async () => {
    expect((await send(dashboard.url, '/reports/xicheng/r1')).body).toContain('<input type="hidden" name="followUp" value="f1">');
    const reply = await mark('r1', { followUp: 'f1', finding: '0', by: '张三', reason: '上年报告有误，本年正确' });
    expect(reply.location).toBe('/reports/xicheng/r1?marked=created#finding-f1-0');
    expect(await store.reviewMarksFor('tianqiao', 2020)).toContainEqual(expect.objectContaining({ finding: carry, reportId: 'r1' }));
    expect((await send(dashboard.url, '/reports/xicheng/r1')).body).toMatch(/id="finding-f1-0" class="reviewed">/);
    expect((await mark('r1', { followUp: 'nope', finding: '0', by: '张三', reason: '理由' })).status).toBe(404);
  });

  it('refuses a POST without the form secret, with a wrong one, or from another site', async () => {
    const fields = { finding: '0', by: '某人', reason: '伪造' };
    const withoutToken = await send(dashboard.url, '/reports/xicheng/r2/marks', { method: 'POST', headers: FORM, body: form(fields) });
    expect(withoutToken.status).toBe(403);
    expect((await mark('r2', { ...fields, token: 'x'.repeat(43) })).status).toBe(403);
    expect((await mark('r2', fields, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await mark('r2', fields, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // A page of another site whose name now resolves to 127.0.0.1 sends its own Host: refused, pages too.
    expect((await mark('r2', fields, { host: `evil.example:${new URL(dashboard.url).port}` })).status).toBe(403);
    expect((await send(dashboard.url, '/reports/xicheng/r1', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect(await store.reviewMarksFor('tianqiao', 2020)).not.toContainEqual(expect.objectContaining({ by: '某人' }));
  });

  it('accepts its own origin and a same-origin browser request', async () => {
    const origin = dashboard.url.replace(/\/$/, '');
    const reply = await mark('r2', { finding: '0', by: '张三', reason: '同上' }, { origin, 'sec-fetch-site': 'same-origin' });
    expect(reply).toMatchObject({ status: 303, location: '/reports/xicheng/r2?marked=duplicate#finding-0' });
  });

  it('refuses a body too large, a form without who or why, another type, a finding or report that does not exist, a report without a year', async () => {
    expect((await mark('r2', { finding: '0', by: '张三', reason: '长'.repeat(5000) })).status).toBe(413);
    expect((await mark('r2', { finding: '0', by: ' \u0000 ', reason: '理由' })).status).toBe(400);
    expect((await mark('r2', { finding: '0', by: '张'.repeat(41), reason: '理由' })).status).toBe(400);
    expect((await mark('r2', { finding: '9', by: '张三', reason: '理由' })).status).toBe(404);
    expect((await mark('nope', { finding: '0', by: '张三', reason: '理由' })).status).toBe(404);
    expect((await mark('bad', { finding: '0', by: '张三', reason: '理由' })).status).toBe(400); // no year to mark it in
    const json = await mark('r2', { finding: '0', by: '张三', reason: '理由' }, { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    expect((await send(dashboard.url, '/reports/xicheng/r2', { method: 'PUT' })).status).toBe(405);
  });
});
