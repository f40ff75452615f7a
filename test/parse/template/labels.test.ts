import { describe, expect, it } from 'vitest';
import { editDistance, type LabelCandidate, matchLabel, normalizeLabel } from '../../../functions/parse/template/labels.js';
import { matchTable3Label, splitMergedLabel } from '../../../functions/parse/template/table3-labels.js';

const CANDIDATES: readonly LabelCandidate<string>[] = [
  { key: 'a', aliases: ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'] },
  { key: 'b', aliases: ['申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请'] },
  { key: 'c', aliases: ['予以公开'] },
  { key: 'd', aliases: ['其他'] },
];

describe('matchLabel', () => {
  it('scores exact, label-with-note, cut-by-a-wrap and misspelt cells, and nothing too far', () => {
    expect(matchLabel('予以公开', CANDIDATES)).toEqual({ key: 'c', score: 0 });
    expect(matchLabel('予以公开含转办', CANDIDATES)).toEqual({ key: 'c', score: 0.5 });
    expect(matchLabel('申请人无正当理由逾期不补正行政', CANDIDATES)).toEqual({ key: 'a', score: 1 });
    expect(matchLabel('申请人逾期未按收费通知', CANDIDATES)).toEqual({ key: 'b', score: 1 });
    expect(matchLabel('予已公开', CANDIDATES)).toEqual({ key: 'c', score: 1 });
    expect(matchLabel('申请人', CANDIDATES)).toBeNull();
    expect(matchLabel('其它', CANDIDATES)).toBeNull();
  });

  it('answers the same for a cell seen before', () => {
    const first = matchLabel('予已公开', CANDIDATES);
    expect(matchLabel('予已公开', CANDIDATES)).toEqual(first);
    expect(matchLabel('', CANDIDATES)).toBeNull();
  });

  it('normalises numbering, brackets, quotes and spaces away', () => {
    expect(normalizeLabel('（三） 不予公开')).toBe('不予公开');
    expect(normalizeLabel('3.危及"三安全一稳定"')).toBe('危及三安全一稳定');
    expect(normalizeLabel('( 四 )无法提供')).toBe('无法提供');
    expect(editDistance('其他法律行政止公开', '其他法律行政法规禁止公开')).toBe(3);
  });
});

describe('Table 三 labels', () => {
  it('splits a group label from the sub-row or wrapped words beside it', () => {
    expect(splitMergedLabel('（三）不予公开 1.属于国家秘密')).toEqual(['（三）不予公开', '1.属于国家秘密']);
    expect(splitMergedLabel('（六）其他处理 要求缴纳费用、行政机关不再')).toEqual(['（六）其他处理', '要求缴纳费用、行政机关不再']);
    expect(splitMergedLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    ]);
  });

  it('reads 3.其他 as （六）3 only inside （六）', () => {
    expect(matchTable3Label('3.其他', 'other')).toEqual({ kind: 'row', row: 'otherHandling.3', block: 'other' });
    expect(matchTable3Label('3.其他', 'notHandled')).toBeNull();
  });
});
