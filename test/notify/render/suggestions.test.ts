import { describe, expect, it } from 'vitest';
import { finding } from '../../../functions/shared/model/finding.js';
import type { Suggestion } from '../../../functions/shared/model/suggestion.js';
import { renderEmail } from '../../../functions/notify/render/layout.js';
import { suggestionBlocks } from '../../../functions/notify/render/suggestions.js';

const text = (suggestions: Suggestion[], findings = SUM_FINDINGS) =>
  renderEmail('s', suggestionBlocks(suggestions, findings)).text.trim();

const SUM_FINDINGS = [
  finding('T3-ROW-TOTAL', { table: '三', row: 'handledTotal', column: 'total', message: '…' }),
  finding('T3-BALANCE', { table: '三', column: 'total', message: '…' }),
];
const handledTotal = (proposed: number, unique: boolean): Suggestion => ({
  table: '三',
  changes: [{ row: 'handledTotal', column: 'total', actual: 0, proposed }],
  explains: ['T3-ROW-TOTAL', 'T3-BALANCE'],
  unique,
});

describe('suggestionBlocks', () => {
  it('names the one likeliest fix with the labels of the template and the errors it removes', () => {
    expect(text([handledTotal(1, true)])).toBe(
      '【修改建议（仅供参考，报告中的数字未作改动）】\n\n最可能的修改：表三（七）总计·总计列 0 → 1（可同时消除以上 2 处错误）',
    );
  });

  it('lists equally likely fixes and says the numbers cannot tell them apart', () => {
    const received: Suggestion = {
      table: '三',
      changes: [{ row: 'received', column: 'total', actual: 2, proposed: 1 }],
      explains: ['T3-BALANCE'],
      unique: false,
    };
    expect(text([handledTotal(1, false), received])).toContain(
      '表三有几种同样可能的修改，无法确定是哪一格填错：①表三（七）总计·总计列 0 → 1；' +
        '②表三一、本年新收政府信息公开申请数量·总计列 2 → 1。',
    );
  });

  it('says so when no change of one or two cells makes the table add up', () => {
    expect(text([])).toContain('表三：改动一两个数无法使各项合计都相等');
  });

  it('adds nothing to an email whose tables add up', () => {
    const prose = [finding('N-RECEIVED', { message: '…' })];
    expect(suggestionBlocks([], prose)).toEqual([]);
  });
});
