import { describe, expect, it } from 'vitest';
import { sAgency, sVersionYear } from '../../../functions/validate/rules/structure.js';
import { reportFactory } from '../../support/report-factory.js';

describe('sVersionYear', () => {
  it.each([
    { year: 2019, template: '2019', found: false },
    { year: 2020, template: '2019', found: false },
    { year: 2021, template: '2021', found: false },
    { year: 2020, template: '2021', found: true },
    { year: 2022, template: '2019', found: true },
    { year: null, template: '2019', found: false },
  ] as const)('$year on the $template template: finding $found', ({ year, template, found }) => {
    const { findings } = sVersionYear.check({ report: reportFactory({ year, template }) });
    expect(findings.map((f) => f.rule)).toEqual(found ? ['S-VERSION-YEAR'] : []);
  });
});

describe('sAgency', () => {
  const expectedAgency = { name: '西城区人民政府天桥街道办事处', aliases: ['天桥街道'] };

  it.each([
    { name: 'passes for the configured name', agency: '西城区人民政府天桥街道办事处', found: [] },
    { name: 'passes for a title that ends with an alias', agency: '北京市西城区天桥街道', found: [] },
    { name: 'flags another agency', agency: '北京市西城区什刹海街道', found: ['S-AGENCY'] },
    { name: 'says nothing when the title has no agency', agency: null, found: [] },
  ])('$name', ({ agency, found }) => {
    const { findings } = sAgency.check({ report: reportFactory({ agency }), expectedAgency });
    expect(findings.map((f) => f.rule)).toEqual(found);
  });

  it('says nothing when the caller does not know the agency', () => {
    expect(sAgency.check({ report: reportFactory({ agency: '别的街道' }) }).findings).toEqual([]);
  });
});
