import { describe, expect, it } from 'vitest';
import { nReview } from '../../../../functions/validate/rules/narrative/review.js';
import { reportFactory } from '../../../support/report-factory.js';

/** A 2019 report with one 行政复议 (pending) and no 行政诉讼. */
const check = (text: string) =>
  nReview.check({
    report: reportFactory({ year: 2019, paragraphs: [text], table4: { review: { pending: 1, total: 1 } } }),
  }).findings;

describe('nReview', () => {
  it.each([
    { name: 'a matching review count', text: '2019年，针对本单位政府信息公开的行政复议申请1件，行政诉讼案0件。' },
    { name: 'a lawsuit count of a half year', text: '涉及本单位2019年上半年接到的行政诉讼数量2件。' },
    { name: 'a comparison with last year', text: '行政复议3件，较上年增加2件。' },
    { name: 'prose about something else', text: '未被行政复议纠错的案件占比100%。' },
  ])('passes $name', ({ text }) => {
    expect(check(text)).toEqual([]);
  });

  it('flags "none" when Table 四 has a review', () => {
    const findings = check('全年未收到信息公开方面的行政复议及行政诉讼事项。');
    expect(findings.map((f) => [f.row, f.expected, f.actual])).toEqual([['review', 1, 0]]);
  });

  it('flags a lawsuit count against both 行政诉讼 groups together', () => {
    const [finding] = check('本年度发生政府信息公开行政诉讼案件共2起。');
    expect(finding).toMatchObject({ rule: 'N-REVIEW', table: '四', column: 'total', expected: 0, actual: 2 });
    expect(finding?.row).toBeUndefined();
  });
});
