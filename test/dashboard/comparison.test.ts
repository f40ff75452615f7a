import { describe, expect, it } from 'vitest';
import { agencyKind } from '../../dashboard/agency-kind.js';
import { agencyPage } from '../../dashboard/agency-page.js';
import { placeOf, quartiles } from '../../dashboard/comparison.js';
import { districtView } from '../../dashboard/district-view.js';
import { rollUp } from '../../dashboard/rollup.js';
import { rollUpPage } from '../../dashboard/rollup-page.js';
import { type DistrictConfig, parseDistrictConfig } from '../../functions/shared/model/district.js';
import { district, readReport, stored } from './fixtures.js';

describe('agency kind', () => {
  it("reads the kind from the name's ending when the config gives none", () => {
    expect(agencyKind({ name: '西城区人民政府天桥街道办事处' })).toBe('street');
    expect(agencyKind({ name: '北京市西城区什刹海街道' })).toBe('street');
    expect(agencyKind({ name: '某某区某某镇人民政府' })).toBe('street');
    expect(agencyKind({ name: '北京市西城区乡村振兴局' })).toBe('bureau');
    expect(agencyKind({ name: '北京市西城区发展和改革委员会' })).toBe('bureau');
    expect(agencyKind({ name: '北京市西城区人民政府办公室' })).toBe('bureau');
    expect(agencyKind({ name: '北京市西城区全响应服务中心' })).toBe('other');
  });

  it("prefers the config's kind, and the config accepts only the three kinds", () => {
    expect(agencyKind({ name: '北京市西城区全响应服务中心', kind: 'bureau' })).toBe('bureau');
    const config = (kind: string) => JSON.stringify({ ...district, agencies: [{ ...district.agencies[0], kind }] });
    expect(parseDistrictConfig(config('street'), 'test').agencies[0]?.kind).toBe('street');
    expect(() => parseDistrictConfig(config('街道'), 'test')).toThrow(/kind/);
  });
});

describe('quartiles and places', () => {
  it('interpolates P25/P50/P75 between neighbours and ranks from the largest', () => {
    expect(quartiles([1, 2, 3, 4, 5])).toEqual({ p25: 2, p50: 3, p75: 4, count: 5 });
    expect(quartiles([10, 20])).toEqual({ p25: 12.5, p50: 15, p75: 17.5, count: 2 });
    expect(quartiles([])).toBeUndefined();
    expect(placeOf(5, [1, 2, 3, 4, 5])).toEqual({ value: 5, rank: 1, of: 5, band: '高于P75' });
    expect(placeOf(1, [1, 2, 3, 4, 5])).toEqual({ value: 1, rank: 5, of: 5, band: '低于P25' });
    expect(placeOf(3, [1, 2, 3, 4, 5])?.band).toBe('P50–P75');
  });
});

describe('comparison among agencies of one kind', () => {
  const config: DistrictConfig = {
    ...district,
    agencies: [
      ...district.agencies,
      { id: 'fgw', name: '北京市西城区发展和改革委员会', aliases: [], emails: ['fgw@example.gov.cn'] },
    ],
  };
  // Streets: 天桥 (本年新收 6), 什刹海 (12); the bureau and the other agency are alone in their kinds.
  const reports = [
    stored('t', 'tianqiao', readReport('天桥', 2020, 1)),
    stored('s', 'shichahai', readReport('什刹海', 2020, 2)),
    stored('f', 'fgw', readReport('发改委', 2020, 50)),
    stored('q', 'quanxiangying', readReport('全响应', 2020, 9)),
  ];
  const view = districtView(config, reports);

  it("shows the agency's place against its own kind only", () => {
    const body = agencyPage(view, 'tianqiao').value;
    expect(body).toContain('2020年度 与区内同类机构（街道/乡镇）对比');
    expect(body).toMatch(/<tr><th>本年新收申请<\/th><td class="num">6（第 2\/2，低于P25）<\/td>\s*<td class="num">7.5<\/td><td class="num">9<\/td><td class="num">10.5<\/td><td class="num">2<\/td><\/tr>/);
  });

  it('shows every kind with its quartiles and each agency on the roll-up', () => {
    const body = rollUpPage(view, rollUp(reports, 2020)).value;
    expect(body).toContain('<h3>街道/乡镇（2 个机构）</h3>');
    expect(body).toContain('<h3>委办局（1 个机构）</h3>');
    expect(body).toContain('<h3>其他（1 个机构）</h3>');
    expect(body).toContain('<a href="/agency/xicheng/fgw">北京市西城区发展和改革委员会</a></td><td class="num">300（第 1/1，P50–P75）</td>');
  });
});
