import { describe, expect, it } from 'vitest';
import { nParts } from '../../../../functions/validate/rules/narrative/parts.js';
import { reportFactory } from '../../../support/report-factory.js';

const check = (...paragraphs: string[]) => nParts.check({ report: reportFactory({ paragraphs }) }).findings;

describe('nParts', () => {
  it('flags a list over several lines that does not add up to the whole before it', () => {
    const findings = check(
      '在已答复的9项申请中：可以答复是否公开的共9项（占总数的100%）。其中：',
      '“予以公开”或“部分公开”4项，占总数的44%；',
      '“不予公开”2项，占总数的22%；',
      '“本机关不掌握相关政府信息”2项，占总数的22%。',
    );
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([[9, 8]]);
    expect(findings[0]?.message).toContain('4 + 2 + 2 = 8项');
  });

  it('flags a list joined by 、 that does not add up', () => {
    expect(check('共收到申请20件，其中自然人15件、法人3件。').map((f) => [f.expected, f.actual])).toEqual([[20, 18]]);
  });

  it.each([
    { name: 'parts that add up', text: '共收到申请4件。其中以信函形式申请1件,网络形式申请1件,当面形式申请2件,从内容来看,75%是职责类信息。' },
    { name: 'a whole with a thousands separator', text: '全年主动公开政府信息1,234条，其中政务微博发布300条，微信公众号发布934条。' },
    { name: 'a single subset', text: '全年主动公开政府信息346条。其中重点领域公开信息数51条。' },
    { name: 'a list whose first item lost its number', text: '主动公开政府信息数1019条。其中，重点领域信息数条，包括预算3条、规划4条。' },
    { name: 'a share, not a part', text: '共主动公开政府信息154条,其中全文电子化率达100%。' },
    { name: 'items in another unit', text: '从事政府信息公开工作人员2名，其中，专职人员数0人；兼职人员数3人。' },
    { name: 'a list that ends at a stronger mark', text: '共收到申请20件，其中自然人18件、法人2件，予以公开10件。' },
    { name: 'a list that ends at ；', text: '共收到申请20件，其中自然人申请18件，法人申请2件；予以公开10件，不予公开10件。' },
    { name: 'a bracketed aside', text: '共承办提案2件，其中1件协办件（含会办1件），1件主办件。' },
  ])('passes $name', ({ text }) => {
    expect(check(text)).toEqual([]);
  });
});
