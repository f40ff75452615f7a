import { describe, expect, it } from 'vitest';
import { isComplete } from '../../../../functions/validate/rules/narrative/breakdown.js';
import { reportFactory } from '../../../support/report-factory.js';

const items = (...clauses: string[]) => clauses.map((clause, i) => ({ value: i + 1, clause }));
/** Table 三 with 5 予以公开, 2 无法提供 (不掌握) and nothing else. */
const { table3 } = reportFactory({ table3: { granted: { total: 5 }, 'unable.1': { total: 2 } } });

describe('isComplete', () => {
  it.each([
    { name: 'every kind of result the table has', list: items('予以公开5件', '本机关不掌握相关政府信息2件') },
    { name: 'applicants', list: items('自然人申请8件', '法人或其他组织申请2件') },
    { name: 'channels of application', list: items('当面申请3件', '网上申请5件', '信函申请2件') },
    { name: 'a list ending with the rest', list: items('政策文件30条', '工作动态60条', '其他信息20条') },
  ])('holds for $name', ({ list }) => {
    expect(isComplete(list, table3)).toBe(true);
  });

  it.each([
    { name: 'a kind of result the table has left out', list: items('予以公开5件', '部分公开1件') },
    { name: 'results with no table to compare', list: items('予以公开5件', '无法提供2件'), noTable: true },
    { name: 'highlights', list: items('财政预决算信息4条', '惠农补贴信息37条') },
    { name: '其他处理, a kind of result, last', list: items('予以公开5件', '其他处理1件') },
  ])('fails for $name', ({ list, noTable }) => {
    expect(isComplete(list, noTable ? undefined : table3)).toBe(false);
  });
});
