import { describe, expect, it } from 'vitest';
import { loadDistricts } from '../../../pipeline/districts.js';
import { planByFolder, planByTitle, UNASSIGNED, UNKNOWN_AGENCY } from '../../../local/run/upload-plan.js';

const districts = loadDistricts();

describe('planByTitle', () => {
  it.each([
    { title: '西城区人民政府天桥街道办事处2020年政府信息公开工作年度报告', district: 'xicheng', agency: 'tianqiao' },
    { title: '东城区东花市街道2020年政府信息公开工作年度报告', district: 'dongcheng', agency: 'donghuashi' },
    { title: '西工区王城路街道办事处 2020年度报告', district: 'xigong', agency: 'wangchenglu' },
    { title: '北京市西城区全响应服务中心2019年度政府信息公开工作', district: 'xicheng', agency: 'quanxiangying' },
  ])('matches "$title" to $district/$agency by name or alias', ({ title, district, agency }) => {
    const plan = planByTitle('/x/report.txt', title, districts);
    expect({ district: plan.district.id, agency: plan.agencyId, fileName: plan.fileName }).toEqual({
      district,
      agency,
      fileName: 'report.txt',
    });
  });

  it.each([
    { title: '西城区人民政府某某街道办事处2020年政府信息公开工作年度报告', district: 'xicheng' },
    { title: '北京市西城区某某委员会2020年政府信息公开工作年度报告', district: 'xicheng' },
    { title: '北京市东城区某某街道2020年报', district: 'dongcheng' },
    { title: '洛阳市西工区某某局2020年报', district: 'xigong' },
  ])('files an agency no config lists under the district its title names: $title', ({ title, district }) => {
    const plan = planByTitle('/x/other.txt', title, districts);
    expect({ district: plan.district.id, agency: plan.agencyId }).toEqual({ district, agency: UNKNOWN_AGENCY });
  });

  it('files a report whose title names no configured district or agency as unassigned, never a district', () => {
    for (const title of ['某某局2020年政府信息公开工作年度报告', '海淀区某某街道2020年报', null]) {
      const plan = planByTitle('/x/other.txt', title, districts);
      expect(plan.district).toBe(UNASSIGNED);
      expect(plan.agencyId).toBe(UNKNOWN_AGENCY);
    }
    expect(UNASSIGNED.id).toBe('unassigned');
    expect(districts.map((district) => district.id)).not.toContain(UNASSIGNED.id);
  });
});

describe('planByFolder', () => {
  it('takes the agency from the folder and finds its district', () => {
    const plan = planByFolder('examples/donghuashi/2020-年报.txt', districts);
    expect({ district: plan?.district.id, agency: plan?.agencyId }).toEqual({ district: 'dongcheng', agency: 'donghuashi' });
  });

  it('gives nothing for a folder that is no agency', () => {
    expect(planByFolder('examples/generate.ts', districts)).toBeUndefined();
  });
});
