import { describe, expect, it } from 'vitest';
import { nPlaceholder } from '../../../../functions/validate/rules/narrative/placeholder.js';
import { reportFactory } from '../../../support/report-factory.js';

const check = (...paragraphs: string[]) => nPlaceholder.check({ report: reportFactory({ paragraphs }) }).findings;

describe('nPlaceholder', () => {
  it.each([
    { name: 'a dropped …数 count', text: ['主动公开政府信息数1019条。其中，重点领域公开政府信息数条，包括预算信息数3条。'] },
    { name: 'a blank left in 共  件', text: ['本年度共  件申请已办结。'] },
    { name: 'an unfilled XX', text: ['全年共收到政府信息公开申请XX件。'] },
  ])('flags $name', ({ text }) => {
    expect(check(...text).map((f) => f.rule)).toEqual(['N-PLACEHOLDER']);
  });

  it('quotes the sentence with the gap', () => {
    const [finding] = check('主动公开政府信息数1019条。', '其中，重点领域公开政府信息数条。');
    expect(finding?.excerpt).toBe('其中，重点领域公开政府信息数条。');
  });

  it.each([
    { name: 'several items said in words, with no …数N条 elsewhere', text: ['我们发布了相关信息数条。'] },
    { name: 'words that start with a measure word', text: ['严格执行《条例》，公开 项目进展和个人信息保护情况。'] },
    { name: 'filled-in counts', text: ['共收到申请5件，公开信息346条。'] },
    { name: 'a latin word ending in X', text: ['见附件BOX件夹。'] },
  ])('passes $name', ({ text }) => {
    expect(check(...text)).toEqual([]);
  });
});
