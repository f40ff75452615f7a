import { describe, expect, it } from 'vitest';
import { overviewPage } from '../../dashboard/overview-page.js';
import { statusBadge, shownTime } from '../../dashboard/status.js';
import { finding } from '../../functions/shared/model/finding.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { district, readReport, stored } from './fixtures.js';

const mailed = (report: StoredReport, to: string[]): StoredReport => ({ ...report, status: 'NOTIFIED', notifiedAt: '2021-03-01T08:10:00.000Z', notifiedTo: to });
const warning = finding('N-PLACEHOLDER', { message: '句中缺少数字' });
const sent = mailed(stored('sent', 'tianqiao', readReport('天桥', 2020, 1), [warning]), ['tianqiao@example.gov.cn']);
const clean = mailed(stored('clean', 'shichahai', readReport('什刹海', 2020, 1)), []);
const unreadable = mailed(stored('unreadable', 'quanxiangying', undefined), ['qxy@example.gov.cn']);

describe('statuses in the office’s words', () => {
  it('says 已通知 only when somebody was mailed, and 无法读取 for a file that could not be read, mailed or not', () => {
    expect(statusBadge(sent).value).toBe('<span class="badge NOTIFIED">已通知</span>');
    expect(statusBadge(clean).value).toBe('<span class="badge VALIDATED">已核查</span>');
    expect(statusBadge(unreadable).value).toBe('<span class="badge REJECTED">无法读取</span>');
    expect(statusBadge(stored('new', 'tianqiao', readReport('天桥', 2021, 1))).value).toContain('已核查');
    expect(statusBadge({ ...sent, status: 'PARSED' }).value).toContain('待核查');
    expect(statusBadge(undefined).value).toBe('<span class="badge MISSING">未提交</span>');
  });

  it('filters the overview by the status it shows, its options named in Chinese', () => {
    const items = [sent, clean, unreadable].map((report) => ({ district, report }));
    const notified = overviewPage(items, { status: 'NOTIFIED' }).value;
    expect(notified).toContain('1 / 3');
    expect(notified).toContain('sent.txt');
    expect(notified).not.toContain('clean.txt');
    expect(notified).toContain('<option value="NOTIFIED" selected>已通知</option>');
    expect(overviewPage(items, { status: 'VALIDATED' }).value).toContain('clean.txt');
  });

  it('gives times in Beijing time, as the emails do', () => {
    expect(shownTime('2021-03-01T16:30:00.000Z')).toBe('2021-03-02 00:30');
    expect(shownTime(undefined)).toBe('—');
    expect(overviewPage([{ district, report: sent }], {}).value).toContain('<td>2021-03-01 16:00</td>');
  });
});
