import { describe, expect, it } from 'vitest';
import { agencyPage } from '../../dashboard/agency-page.js';
import { districtView } from '../../dashboard/district-view.js';
import { FIGURES, formatFigure } from '../../dashboard/figures.js';
import { sparkline } from '../../dashboard/sparkline.js';
import { district, readReport, stored } from './fixtures.js';

function figure(key: string) {
  const found = FIGURES.find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe('main figures', () => {
  it('reads Table 三, 四 and 二 of a report, and a share of （七）总计', () => {
    const report = readReport('天桥', 2020, 2);
    // The fixture's rows share one object: give 予以公开 its own.
    if (report.table3?.granted) report.table3.granted = { ...report.table3.granted, total: 3 };
    if (report.table4?.suitDirect) report.table4.suitDirect.total = 4;
    const values = Object.fromEntries(FIGURES.map((f) => [f.key, formatFigure(f, f.value(report))]));
    expect(values).toEqual({
      received: '12',
      handled: '12',
      grantedShare: '25.0%',
      review: '0',
      suit: '4',
      documents: '0',
      // The fixture's Table 二 has no decision cells: unknown, not zero.
      decisions: '—',
    });
  });

  it('has no share when nothing was handled', () => {
    expect(figure('grantedShare').value(readReport('天桥', 2020, 0))).toBeNull();
  });
});

describe('agency trend page', () => {
  const view = districtView(district, [
    stored('a18', 'tianqiao', readReport('天桥', 2018, 1)),
    stored('a20', 'tianqiao', readReport('天桥', 2020, 3)),
    stored('b19', 'shichahai', readReport('什刹海', 2019, 2)),
  ]);

  it("charts every district year, marks the agency's missing ones and links each year's report", () => {
    const body = agencyPage(view, 'tianqiao').value;
    expect(body).toContain('西城区人民政府天桥街道办事处 历年趋势');
    expect(body).toContain('<th><a href="/reports/xicheng/a18">2018</a></th><th>2019<br><span class="muted">未提交</span></th>');
    const received = /<tr><th>本年新收申请<\/th><td>(<svg[^]*?<\/svg>)<\/td>(.*?)<\/tr>/.exec(body);
    expect(received?.[2]).toBe('<td class="num">6</td><td class="num">—</td><td class="num">18</td>');
    // The missing year breaks the line: two points and no segment between them.
    expect(received?.[1]).not.toContain('<polyline');
    expect(received?.[1]?.match(/<circle/g)).toHaveLength(2);
  });

  it('draws a line through consecutive years with each value as a tooltip', () => {
    const svg = sparkline([
      { label: '2019年', value: 1, text: '1' },
      { label: '2020年', value: 5, text: '5' },
    ]).value;
    // The axis starts at 0, so 1 sits a fifth of the way up to 5.
    expect(svg).toContain('<polyline points="6.0,34.8 174.0,6.0"');
    expect(svg).toContain('<title>2020年：5</title>');
    expect(sparkline([{ label: '2020年', value: null, text: '—' }]).value).toContain('无数据');
  });
});
