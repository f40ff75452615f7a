import { describe, expect, it } from 'vitest';
import type { CheckedReport } from '../../cli/check-files.js';
import { renderJson, renderText } from '../../cli/check-output.js';
import { finding } from '../../functions/shared/finding.js';

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
    expect(text.split('\n')[0]).toBe('a.txt (天桥街道, 2020, 2019 template): 1 error(s), 1 warning(s)');
    expect(text).toContain('“公开政府信息数条”');
  });

  it('gives the line (and page) a finding was read at', () => {
    const atLine = { ...rowTotal, at: { line: 107 } };
    const onPage = { ...rowTotal, at: { page: 3, line: 12 } };
    const rows = renderText([report({ status: 'findings', findings: [atLine, onPage] })]).split('\n');
    expect(rows[1]).toMatch(/^ {2}rule +where +line +expected/);
    expect(rows[2]).toMatch(/ 107 +1 +0 /);
    expect(rows[3]).toMatch(/ p3:12 +1 +0 /);
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
    expect(rows[2]).toMatch(/^ {2}S-SHAPE +表三 \/ 4 rows \/ 「2\.其他」至「5\.内部.* +71 +7 +12 +表三：原文第 71 行起/);
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
    expect(text).toMatch(/^x\.doc: rejected\n {2}rule +where +line +expected +actual +message\n {2}S-FORMAT +不支持/);
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
