import { describe, expect, it } from 'vitest';
import { nHandled, nReceived, nYear } from '../../../../functions/validate/rules/narrative/applications.js';
import { reportFactory } from '../../../support/report-factory.js';

/** A 2020 report: 5 received, 4 handled, 1 carried over to next year. */
const report = (paragraphs: string[], extra: Parameters<typeof reportFactory>[0] = {}) =>
  reportFactory({
    year: 2020,
    paragraphs,
    table3: { received: { total: 5 }, granted: { total: 4 }, handledTotal: { total: 4 }, carriedOut: { total: 1 } },
    ...extra,
  });

describe('nReceived', () => {
  it.each([
    { name: 'passes when the prose agrees', text: '2020年收到政府信息公开申请数量为5件，申请人均为自然人。', found: [] },
    { name: 'flags a different count', text: '本单位2020年度共收到政府信息公开申请6件。', found: [[5, 6]] },
    { name: 'flags "none" against a table with 5', text: '2020年我街道未收到政府信息公开申请。', found: [[5, 0]] },
    { name: 'ignores counts of other things', text: '收到区长信箱信件2件，全部办结。', found: [] },
    { name: 'ignores a figure that includes last year’s', text: '共收到申请6件（含上年结转1件）。', found: [] },
    { name: 'ignores another year (N-YEAR’s business)', text: '2019年共收到政府信息公开申请3件。', found: [] },
    { name: 'ignores part of the year', text: '上半年共收到政府信息公开申请2件。', found: [] },
  ])('$name', ({ text, found }) => {
    const findings = nReceived.check({ report: report([text]) }).findings;
    expect(findings.map((f) => [f.expected, f.actual])).toEqual(found);
  });

  it('quotes the sentence and names the Table 三 cell', () => {
    const [finding] = nReceived.check({ report: report(['本单位共收到政府信息公开申请6件。']) }).findings;
    expect(finding).toMatchObject({
      rule: 'N-RECEIVED',
      severity: 'warning',
      table: '三',
      row: 'received',
      column: 'total',
      excerpt: '本单位共收到政府信息公开申请6件。',
      at: { line: 1 },
    });
  });
});

describe('nHandled', () => {
  it.each([
    { name: 'passes when the prose agrees', text: '在已答复的4件申请中，予以公开4件。', found: [] },
    { name: 'flags "N件…已…答复" against （七）总计', text: '2020年信息公开申请的5件事项，已按照规定在期限内答复。', found: [[4, 5]] },
    { name: 'flags 已办结 N 件', text: '已办结的6件申请均在法定期限内答复。', found: [[4, 6]] },
    { name: 'does not take the whole for the answered part', text: '共收到申请5件，其中已答复4件。', found: [] },
    { name: 'ignores a change against last year', text: '共收到申请4件，较上年增加3件，均已在法定期限内答复。', found: [] },
    { name: 'ignores carried-over applications', text: '共收到申请5件，上年结转3件，均已办结。', found: [] },
    { name: 'ignores letters that were 办结', text: '收到区长信箱信件2件，全部办结。', found: [] },
  ])('$name', ({ text, found }) => {
    const findings = nHandled.check({ report: report([text]) }).findings;
    expect(findings.map((f) => [f.expected, f.actual])).toEqual(found);
  });

  it('reports a repeated figure once and mentions what was carried over', () => {
    const text = ['2020年信息公开申请的5件事项，已按照规定在期限内答复。', '在已答复的5项申请中：均予以公开。'];
    const findings = nHandled.check({ report: report(text) }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('另有 1 件结转下年度继续办理');
  });
});

describe('nYear', () => {
  it('flags this year’s figure written under last year', () => {
    const findings = nYear.check({ report: report(['2019年天桥街道共收到依申请公开件5件，申请内容为老旧小区改造。']) })
      .findings;
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([['N-YEAR', 2020, 2019]]);
  });

  it.each([
    { name: 'a look back with another number', text: ['2019年共收到依申请公开件3件。'], previous: undefined },
    { name: 'carried-over applications answered this year', text: ['2019年结转的4件申请已全部答复。'], previous: undefined },
    { name: 'a sentence naming both years', text: ['2019年共收到申请5件的工作经验在2020年得到推广。'], previous: undefined },
    { name: 'a look back beside this year’s figure', text: ['2019年共收到申请5件，2020年共收到申请5件。'], previous: undefined },
    {
      name: 'a look back that matches last year’s report',
      text: ['2019年共收到依申请公开件5件。'],
      previous: reportFactory({ year: 2019, table3: { received: { total: 5 } } }),
    },
  ])('says nothing for $name', ({ text, previous }) => {
    expect(nYear.check({ report: report(text), ...(previous ? { previous } : {}) }).findings).toEqual([]);
  });
});
