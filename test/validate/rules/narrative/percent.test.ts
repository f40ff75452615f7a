import { describe, expect, it } from 'vitest';
import { nPercent, percentFits } from '../../../../functions/validate/rules/narrative/percent.js';
import { reportFactory } from '../../../support/report-factory.js';

const check = (...paragraphs: string[]) => nPercent.check({ report: reportFactory({ paragraphs }) }).findings;

const ACTIVE = [
  '本单位2019年共主动公开政府信息154条,其中全文电子化率达100%。',
  '在主动公开的信息中,法规文件类信息1条,占总体的比例为0.6%;规划计划类信息5条,占总体的比例为3.2%;业务动态类信息146条,占总体的比例为94.8%。机构职责类2条,占总体的比例为1.2%。',
];

describe('nPercent', () => {
  it('flags the one share that is not part ÷ whole at the stated precision', () => {
    const findings = check(...ACTIVE);
    expect(findings.map((f) => [f.expected, f.actual, f.excerpt])).toEqual([[1.3, 1.2, '机构职责类2条,占总体的比例为1.2%。']]);
  });

  it.each([
    { name: 'whole-number shares', text: ['在已经答复的4件申请中:“同意公开”的3件,占总数的75%。“非本单位掌握”的1件,占总数的25%。'] },
    { name: 'a share of the total it is bracketed with', text: ['在已答复的9项申请中：可以答复的共9项（占总数的100%）。'] },
    { name: 'percentages with no count', text: ['满意度达到93.13%,较2018年四季度满意度91.35%提升。'] },
  ])('passes $name', ({ text }) => {
    expect(check(...text)).toEqual([]);
  });

  it('does not flag a share of another count before it', () => {
    expect(check('共收到申请20件，办结18件，其中予以公开9件，占50%。')).toEqual([]);
  });

  it('does not flag a share of a named subset that no sibling confirms', () => {
    expect(check('共收到申请35件，予以公开20件，占已办结申请的62.5%。')).toEqual([]);
  });

  it('does not flag a far total that no other share confirms', () => {
    const text = ['共收到申请40件。', '全年开展培训3次。', '组织学习5次。', '其他事项2件，占比10%。'];
    expect(check(...text)).toEqual([]);
  });
});

describe('percentFits', () => {
  it.each([
    [2, 154, '1.3', true],
    [2, 154, '1.2', false],
    [4, 9, '44', true],
    [4, 9, '44.4', true],
    [4, 9, '45', false],
    [1, 3, '33.33', true],
  ] as const)('%i of %i is %s%%: %s', (part, whole, stated, fits) => {
    expect(percentFits(part, whole, stated)).toBe(fits);
  });
});
