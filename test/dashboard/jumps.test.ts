import { describe, expect, it } from 'vitest';
import { agencyPage } from '../../dashboard/agency-page.js';
import { districtView } from '../../dashboard/district-view.js';
import { jumpsBetween, jumpText } from '../../dashboard/jumps.js';
import { reportPage } from '../../dashboard/report-page.js';
import { supervisionList } from '../../dashboard/supervision.js';
import { supervisionPage } from '../../dashboard/supervision-page.js';
import { district, readReport, stored } from './fixtures.js';

// readReport(…, v) has 本年新收 = （七）总计 = 6v.
const moved = (from: number, to: number) =>
  jumpsBetween(readReport('天桥', 2020, to), readReport('天桥', 2019, from)).map((jump) => jumpText(jump));

describe('year-on-year jumps', () => {
  it('flags a count that moved beyond ×5 or ÷5 with both years at least 20', () => {
    expect(moved(5, 30)).toEqual(['本年新收申请：2019年 30 → 2020年 180', '（七）总计：2019年 30 → 2020年 180']);
    expect(moved(30, 5)).toHaveLength(2);
  });

  it('leaves exactly ×5, small numbers and shares alone', () => {
    expect(moved(5, 25)).toEqual([]);
    // 6 → 60 is ×10, but 6 applications are too few to tell.
    expect(moved(1, 10)).toEqual([]);
    expect(jumpsBetween(readReport('天桥', 2020, 30), undefined)).toEqual([]);
  });

  const reports = [
    stored('t19', 'tianqiao', readReport('天桥', 2019, 5), [], '2020-03-01T00:00:00.000Z'),
    stored('t20', 'tianqiao', readReport('天桥', 2020, 30)),
    stored('s19', 'shichahai', readReport('什刹海', 2019, 5), [], '2020-03-01T00:00:00.000Z'),
    stored('s20', 'shichahai', readReport('什刹海', 2020, 6)),
  ];
  const view = districtView(district, reports);

  it('highlights 异常变化 on the supervision list, the report page and the trend page', () => {
    const rows = supervisionList(view, 2020);
    expect(rows.find((row) => row.agencyId === 'tianqiao')?.jumps).toHaveLength(2);
    expect(rows.find((row) => row.agencyId === 'shichahai')?.jumps).toEqual([]);
    expect(supervisionPage(district, 2020, rows).value).toContain('<td class="jump">本年新收申请：2019年 30 → 2020年 180<br>');

    const [t19, t20] = reports;
    if (!t19 || !t20) throw new Error('fixtures');
    const body = reportPage({ item: { district, report: t20 }, history: [t19], followUps: [] }).value;
    expect(body).toContain('<h2>异常变化</h2>');
    expect(body).toContain('<li class="jump">（七）总计：2019年 30 → 2020年 180</li>');
    expect(reportPage({ item: { district, report: t19 }, history: [t20], followUps: [] }).value).not.toContain('异常变化');

    expect(agencyPage(view, 'tianqiao').value).toContain('<td class="num jump" title="异常变化 本年新收申请：2019年 30 → 2020年 180">180</td>');
  });
});
