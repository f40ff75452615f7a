import { describe, expect, it } from 'vitest';
import type { CheckedReport } from '../../cli/check-files.js';
import { renderJson, renderText } from '../../cli/check-output.js';
import { finding } from '../../functions/shared/model/finding.js';

const report = (changes: Partial<CheckedReport>): CheckedReport => ({
  file: 'a.txt',
  status: 'ok',
  agency: '天桥街道',
  year: 2020,
  template: '2019',
  findings: [],
  skipped: [],
  ...changes,
});

const rowTotal = finding('T3-ROW-TOTAL', {
  table: '三',
  row: 'handledTotal',
  rowLabel: '（七）总计',
  column: 'total',
  columnLabel: '总计',
  expected: 1,
  actual: 0,
  message: '（七）总计 行：六类申请人合计 1，总计列填 0，请核对后更正。',
});

describe('renderText', () => {
  it('heads each report with what was read and counts errors and warnings', () => {
    const warning = finding('N-PLACEHOLDER', { excerpt: '公开政府信息数条', message: '正文此句缺少数字' });
    const text = renderText([report({ status: 'findings', findings: [rowTotal, warning] })]);
    expect(text.split('\n')[0]).toBe('a.txt (天桥街道, 2020, 2019 template): 1 error, 1 warning');
    const two = renderText([report({ status: 'findings', findings: [rowTotal, rowTotal] })]);
    expect(two).toMatch(/: 2 errors, 0 warnings\n/);
    expect(text).toContain('“公开政府信息数条”');
  });

  it('heads the table in Chinese and gives where in the file each finding was read', () => {
    const places = [{ line: 107 }, { page: 3, line: 12 }, { page: 2 }, { table: 1, row: 4, cell: 7 }, undefined];
    const findings = places.map((at) => ({ ...rowTotal, ...(at && { at }) }));
    const rows = renderText([report({ status: 'findings', findings })]).split('\n');
    expect(rows[1]).toMatch(/^ {2}规则 +表格位置 +文件位置 +应为 +实填 +说明$/);
    expect(rows[2]).toMatch(/ 总计 +第107行 +1 +0 /);
    expect(rows[3]).toMatch(/ 总计 +第3页第12行 +1 +0 /);
    expect(rows[4]).toMatch(/ 总计 +第2页 +1 +0 /);
    expect(rows[5]).toMatch(/ 总计 +表格2 第5行第8格 +1 +0 /);
    expect(rows[6]).toMatch(/ 总计 +1 +0 /);
  });

  it('prints the suggested fixes under the findings in the words of the email, none for a report that adds up', () => {
    const changes = [{ row: 'handledTotal', column: 'total', actual: 0, proposed: 1 }];
    const suggestions = [{ table: '三' as const, changes, explains: ['T3-ROW-TOTAL' as const], unique: true }];
    const lines = renderText([report({ status: 'findings', findings: [rowTotal], suggestions })]).split('\n');
    expect(lines[3]).toBe('  最可能的修改：表三（七）总计·总计列 0 → 1（可消除以上错误）');
    expect(renderText([report({ suggestions })])).toBe('a.txt (天桥街道, 2020, 2019 template): ok\n');
  });

  it('gives a finding about several rows one line, with how many rows and their names', () => {
    const grouped = finding('S-SHAPE', {
      table: '三',
      rows: ['denied.2', 'denied.3', 'denied.4', 'denied.5'],
      rowLabel: '「2.其他」至「5.内部」等 4 行',
      expected: 7,
      actual: 12,
      message: '表三：原文第 71 行起，共 4 行各读到 12 个数，模板每行应有 7 个',
      at: { line: 71 },
    });
    const rows = renderText([report({ status: 'findings', findings: [grouped] })]).split('\n');
    expect(rows[2]).toMatch(/^ {2}S-SHAPE +表三 \/ 4 行 \/ 「2\.其他」至「5\.内部.* +第71行 +7 +12 +表三：原文第 71 行起/);
    expect(rows[3]).toBe('');
  });

  it('says what it could not read rather than printing null', () => {
    const text = renderText([report({ agency: null, year: null, template: null })]);
    expect(text).toBe('a.txt (agency unknown, year unknown, template unknown): ok\n');
  });

  it('lists skipped rules once per reason', () => {
    const skipped = (['T3-ROW-TOTAL', 'T3-BALANCE', 'X-CARRY'] as const).map((rule) => ({
      rule,
      reason: 'Table 三 has shape errors',
    }));
    const text = renderText([report({ skipped: [...skipped, { rule: 'X-STOCK', reason: 'no 2019 report' }] })]);
    expect(text.split('\n').slice(1, 3)).toEqual([
      '  skipped T3-ROW-TOTAL, T3-BALANCE, X-CARRY: Table 三 has shape errors',
      '  skipped X-STOCK: no 2019 report',
    ]);
  });

  it('names the columns or rows a rule skipped for one reason together', () => {
    const skipped = [
      { rule: 'T3-BALANCE', reason: 'column natural: a cell is blank or its row absent' },
      { rule: 'T3-BALANCE', reason: 'column total: a cell is blank or its row absent' },
      { rule: 'T3-ROW-TOTAL', reason: 'row granted: a cell is blank' },
      { rule: 'X-CARRY', reason: 'column total: a cell is blank or its row absent' },
    ] as const;
    expect(renderText([report({ skipped: [...skipped] })]).split('\n').slice(1, 3)).toEqual([
      '  skipped T3-BALANCE (columns natural, total), X-CARRY (column total): a cell is blank or its row absent',
      '  skipped T3-ROW-TOTAL (row granted): a cell is blank',
    ]);
  });

  it('marks a rejected file and still shows why', () => {
    const format = finding('S-FORMAT', { message: '不支持读取旧版 Word（.doc）文件' });
    const rejected = report({ file: 'x.doc', status: 'rejected', agency: null, year: null, template: null });
    const text = renderText([{ ...rejected, findings: [format] }]);
    expect(text).toMatch(/^x\.doc: rejected\n {2}规则 +表格位置 +文件位置 +应为 +实填 +说明\n {2}S-FORMAT +不支持/);
  });
});

describe('renderJson', () => {
  it('prints exactly the contract keys, in order, with null for what a rejected file lacks', () => {
    const rejected = report({ status: 'rejected', agency: null, year: null, template: null });
    const parsed = JSON.parse(renderJson([rejected])) as { reports: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['reports']);
    expect(Object.keys(parsed.reports[0] ?? {})).toEqual([
      'file',
      'status',
      'agency',
      'year',
      'template',
      'findings',
      'skipped',
    ]);
    expect(parsed.reports[0]).toMatchObject({ agency: null, year: null, template: null });
  });
});
