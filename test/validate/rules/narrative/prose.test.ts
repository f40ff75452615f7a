import { describe, expect, it } from 'vitest';
import { excerptOf, numberOf, sentencesOf } from '../../../../functions/validate/rules/narrative/prose.js';
import { reportFactory } from '../../../support/report-factory.js';

const sentences = (...paragraphs: string[]) => sentencesOf(reportFactory({ paragraphs })).map((s) => s.text);

describe('sentencesOf', () => {
  it('splits at 。 and keeps each sentence’s first line', () => {
    const [first, second] = sentencesOf(reportFactory({ paragraphs: ['甲。乙！', '丙'] }));
    expect([first?.text, second?.text]).toEqual(['甲。', '乙！']);
    expect(sentencesOf(reportFactory({ paragraphs: ['甲。乙！', '丙'] }))[2]?.at).toEqual({ line: 2 });
  });

  it('joins a list after 其中： with one item a line', () => {
    expect(sentences('共9项。其中：', '甲4项；', '乙5项。')).toEqual(['共9项。', '其中：甲4项；乙5项。']);
  });

  it('joins a long line that was wrapped, but not a heading', () => {
    const wrapped = '本单位全年共收到政府信息公开申请二十件，其中自然人申请十五件，法';
    expect(sentences(wrapped, '人申请五件。')).toEqual([`${wrapped}人申请五件。`]);
    expect(sentences('（三）依申请公开办理情况', '2020年共收到申请5件。')).toHaveLength(2);
    expect(sentences(wrapped, '（四）其他情况')).toHaveLength(2);
  });

  it('leaves table rows that reached the prose out', () => {
    expect(sentences('(二)部分公开 | 0 | 0 | 0 | 0', '1.本机关不掌握相关信息 0 0 0 0 0 0 0', '正文。')).toEqual(['正文。']);
  });
});

describe('excerptOf', () => {
  it('keeps a short sentence whole and centres a long one on the point, marking the cuts', () => {
    expect(excerptOf({ text: '短句。', at: {} })).toBe('短句。');
    const long = `${'前'.repeat(200)}要点${'后'.repeat(200)}`;
    const excerpt = excerptOf({ text: long, at: {} }, 200);
    expect(excerpt).toContain('要点');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(122);
  });
});

describe('numberOf', () => {
  it.each([
    ['12', 12],
    ['十', 10],
    ['十二', 12],
    ['两', 2],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['三千二百', 3200],
  ])('reads %s as %d', (text, value) => {
    expect(numberOf(text)).toBe(value);
  });
});
