import { describe, expect, it } from 'vitest';
import { rollUpCsv, supervisionCsv } from '../../dashboard/csv.js';
import { districtView } from '../../dashboard/district-view.js';
import { rollUp } from '../../dashboard/rollup.js';
import { supervisionList } from '../../dashboard/supervision.js';
import { supervisionPage } from '../../dashboard/supervision-page.js';
import { finding } from '../../functions/shared/model/finding.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { district, readReport, stored } from './fixtures.js';

const error = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 6, actual: 5, message: '…' });
const warning = finding('N-PLACEHOLDER', { message: '句中缺少数字' });

function notified(report: StoredReport, at: string, to = ['a@example.gov.cn']): StoredReport {
  return { ...report, status: 'NOTIFIED', notifiedAt: at, notifiedTo: to };
}

const reports = [
  // The 2020 version with an error was replaced by a clean one: the supervision list counts the latest only.
  stored('t1', 'tianqiao', readReport('天桥', 2020, 1), [error, error], '2021-01-01T00:00:00.000Z'),
  notified(stored('t2', 'tianqiao', readReport('天桥', 2020, 1), [], '2021-02-01T00:00:00.000Z'), '2021-02-01T17:00:00.000Z', []),
  notified(stored('s', 'shichahai', readReport('什刹海', 2020, 1), [warning]), '2021-03-01T17:30:00.000Z'),
  stored('u', 'unknown-office', readReport('某某局', 2020, 1), [error]),
  stored('old', 'quanxiangying', readReport('全响应', 2019, 1), [error]),
  // Unreadable uploads: 全响应's is newer than its readable report, 什刹海's older than its.
  stored('x', 'quanxiangying', undefined, [], '2021-05-01T00:00:00.000Z'),
  stored('y', 'shichahai', undefined, [], '2020-01-01T00:00:00.000Z'),
];

describe('supervision list', () => {
  const rows = supervisionList(districtView(district, reports), 2020);

  it('ranks open errors, then warnings, then agencies yet to upload, then clean reports', () => {
    expect(rows.map((row) => [row.name, row.errors, row.warnings, row.report?.id])).toEqual([
      ['某某局', 1, 0, 'u'],
      ['北京市西城区什刹海街道', 0, 1, 's'],
      ['北京市西城区全响应服务中心', 0, 0, undefined],
      ['西城区人民政府天桥街道办事处', 0, 0, 't2'],
    ]);
  });

  it('lists a configured agency without a report for the year as 未提交, and the day its email went out', () => {
    const body = supervisionPage(district, 2020, rows).value;
    expect(body).toMatch(/北京市西城区全响应服务中心(<br>.*?)?<\/td>\s*<td>其他<\/td><td><span class="badge MISSING">未提交<\/span><\/td>\s*<td class="num">—<\/td><td class="num">—<\/td>/);
    // 17:30 UTC is the next morning in Beijing.
    expect(body).toContain('<td>2021-03-02</td>');
    expect(body).toContain('无需发送');
    expect(body).toContain('/reports/xicheng/u');
  });

  it('exports the list alone and after the roll-up as CSV', () => {
    const alone = supervisionCsv('北京市西城区', 2020, rows);
    expect(alone.startsWith('\uFEFF北京市西城区 2020年度 督导清单\r\n')).toBe(true);
    expect(alone).toContain('\r\n北京市西城区全响应服务中心,其他,未提交,0,0,,—\r\n');
    expect(alone).toContain('\r\n北京市西城区什刹海街道,街道/乡镇,已通知,0,1,,2021-03-02\r\n');
    const withRollUp = rollUpCsv('北京市西城区', rollUp(reports, 2020), rows);
    expect(withRollUp).toContain('\r\n督导清单,类别,状态,错误,提示,异常变化,邮件发出\r\n某某局,委办局,已核查,1,0,,—\r\n');
  });

  it("points a 未提交 agency to its latest upload when that could not be read, and not to an older one", () => {
    expect(rows.find((row) => row.agencyId === 'quanxiangying')?.unreadable?.id).toBe('x');
    expect(supervisionPage(district, 2020, rows).value).toContain('<a class="muted" href="/reports/xicheng/x">最近一次上传无法读取</a>');
    const earlier = supervisionList(districtView(district, reports), 2019);
    expect(earlier.find((row) => row.agencyId === 'shichahai')?.report).toBeUndefined();
    expect(earlier.find((row) => row.agencyId === 'shichahai')?.unreadable).toBeUndefined();
  });

  it('lists an agency outside the config only for a year it uploaded', () => {
    const earlier = supervisionList(districtView(district, reports), 2019);
    expect(earlier.map((row) => row.agencyId)).toEqual(['quanxiangying', 'shichahai', 'tianqiao']);
    expect(earlier.filter((row) => !row.report)).toHaveLength(2);
  });
});
