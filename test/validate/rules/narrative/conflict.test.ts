import { describe, expect, it } from 'vitest';
import { nConflict } from '../../../../functions/validate/rules/narrative/conflict.js';
import { reportFactory } from '../../../support/report-factory.js';

const check = (paragraphs: string[], extra: Parameters<typeof reportFactory>[0] = {}) =>
  nConflict.check({ report: reportFactory({ year: 2020, paragraphs, ...extra }) }).findings;

describe('nConflict', () => {
  it('quotes both places in one excerpt of the usual length, and names the quantity', () => {
    const long = '，及时更新网站重要栏目信息，对民生领域类、工作动态类产生的新信息第一时间更新发布'.repeat(3);
    const [finding] = check([`我街道从事政府信息公开工作人员2名，其中专职人员数0人${long}。`, `设专职人员2名负责网站建设${long}。`]);
    expect(finding).toMatchObject({ rule: 'N-CONFLICT', severity: 'warning', expected: 0, actual: 2, at: { line: 2 } });
    expect(finding?.message).toContain('“专职人员”');
    expect(finding?.excerpt).toContain('专职人员数0人');
    expect(finding?.excerpt).toContain('设专职人员2名');
    expect(finding?.excerpt?.length).toBeLessThanOrEqual(122);
  });

  it('takes the statements of a sentence in the order it states them', () => {
    const [finding] = check(['配备了1名兼职工作人员，现有兼职人员3人。']);
    expect(finding).toMatchObject({ expected: 1, actual: 3 });
  });

  it('shows both places of one long sentence', () => {
    const middle = '，负责网站栏目维护和信息发布'.repeat(10);
    const [finding] = check([`专职人员1名${middle}，另设专职人员2名负责审核。`]);
    expect(finding?.excerpt).toContain('专职人员1名');
    expect(finding?.excerpt).toContain('专职人员2名');
  });

  it('reports a quantity once however often it is restated', () => {
    expect(check(['兼职人员2名。', '兼职人员3名。', '兼职人员4名。', '兼职人员2名。'])).toHaveLength(1);
  });

  it('compares applications received only where Table 三 cannot say which is right', () => {
    const text = ['本年度共收到政府信息公开申请10件。', '全年收到政府信息公开申请12件，均已办结。'];
    expect(check(text, { table3: { received: { total: 10 } } })).toEqual([]);
    expect(check(text, { without: ['三'] }).map((f) => [f.expected, f.actual])).toEqual([[10, 12]]);
  });

  it('compares 行政复议 counts only where Table 四 is missing', () => {
    const text = ['本年度未发生政府信息公开行政复议。', '被申请行政复议1件。'];
    expect(check(text)).toEqual([]);
    expect(check(text, { without: ['四'] }).map((f) => [f.expected, f.actual])).toEqual([[0, 1]]);
  });

  it.each([
    { name: 'another year', text: ['2019年专职人员1名。', '2020年专职人员2名。'] },
    { name: 'per-office staff', text: ['兼职人员20名。', '各社区配备兼职人员1名。'] },
    { name: 'a change', text: ['专职人员2名。', '专职人员较上年增加1名。'] },
    { name: 'both together', text: ['专职人员1名，专兼职人员3名。'] },
  ])('passes $name', ({ text }) => {
    expect(check(text)).toEqual([]);
  });
});
