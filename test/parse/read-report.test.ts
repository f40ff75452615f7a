import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { expectedTable3, makeReport } from './support/report-data.js';
import { renderReport } from './support/report-layouts.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function read(text: string): Promise<ReadReport> {
  const result = await readReport({ name: 'report.txt', bytes: utf8(text) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

const brief = (findings: readonly Finding[]) =>
  findings.map(({ rule, table, row, rows, column, expected, actual }) => ({ rule, table, row, rows, column, expected, actual }));

describe('readReport rejects what it cannot read with S-FORMAT', () => {
  const report = utf8(renderReport(makeReport('2019'), 'pipe'));
  it.each([
    ['an empty file', { name: 'r.txt', bytes: new Uint8Array() }, /空/],
    ['an old binary Word file', { name: '年报.doc', bytes: report }, /\.doc.*\.docx/],
    ['a spreadsheet', { name: 'r.xls', bytes: report }, /\.xls/],
    ['a file with no extension', { name: 'report', bytes: report }, /扩展名/],
    ['binary bytes named .txt', { name: 'r.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]) }, /编码/],
    ['text with no report in it', { name: 'r.txt', bytes: utf8('通知\n请各单位于月底前报送材料。') }, /没有找到/],
    ['an unreadable .html page', { name: 'r.html', bytes: utf8('<html><body><p>你好</p></body></html>') }, /没有找到/],
  ])('%s', async (_what, file, message) => {
    const result = await readReport(file);
    expect(result).toEqual({ status: 'rejected', findings: [expect.objectContaining({ rule: 'S-FORMAT', severity: 'error' })] });
    expect(result.status === 'rejected' && result.findings[0].message).toMatch(message);
  });

  it('reads a report with none of the template tables (cut off, or a pre-2019 统计表) as S-TEMPLATE, not S-FORMAT', async () => {
    const result = await readReport({ name: 'r.md', bytes: report.subarray(0, 300) });
    if (result.status !== 'parsed') throw new Error('rejected');
    expect(result.report).toMatchObject({ agency: '某某区人民政府某某街道办事处', year: 2020, template: null });
    expect(brief(result.report.findings).filter((f) => f.rule !== 'S-SECTIONS')).toEqual([
      { rule: 'S-TEMPLATE', table: undefined, row: undefined, column: undefined, expected: undefined, actual: undefined },
      ...(['二', '三', '四'] as const).map((table) => ({
        rule: 'S-TABLE-MISSING',
        table,
        row: undefined,
        column: undefined,
        expected: undefined,
        actual: undefined,
      })),
    ]);
  });

  it('rejects a file over the size limit unread', async () => {
    const result = await readReport({ name: 'r.txt', bytes: report }, { maxBytes: 1024 });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT', message: expect.stringMatching(/上限/) }] });
  });

  it('reads the same report within the default limit', async () => {
    expect(await readReport({ name: 'R.TXT', bytes: report })).toMatchObject({ status: 'parsed' });
  });
});

describe('readReport reads variants of real reports', () => {
  const data = makeReport('2019');
  const pipe = renderReport(data, 'pipe');

  it('matches labels with typos, dropped characters, ASCII quotes and half-width brackets', async () => {
    const text = pipe
      .replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开')
      .replace('1.本机关不掌握相关政府信息', '1.本机关不掌握相关信息')
      .replace('3.危及“三安全一稳定”', "3.危及'三安全一稳定'")
      .replace('（四）无法提供', '(四) 无法提供')
      .replace('社会公益组织', '社会组织')
      .replace('规范性文件', '行政规范性文件');
    const report = await read(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('reads a parent label merged with its first row and one repeated on every row', async () => {
    const text = pipe
      .replace('（三）不予公开 | 1.属于国家秘密', '（三）不予公开 1.属于国家秘密')
      .replaceAll(' | 2.重复申请', '（五）不予处理 | 2.重复申请')
      .replaceAll(' | 3.要求提供公开出版物', '（五）不予处理 | 3.要求提供公开出版物');
    const report = await read(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it.each(['pipe', 'tab', 'markdown', 'cell-per-line'] as const)(
    'gives S-BLANK for each cell of a 总计 column left blank (%s), and no S-SHAPE',
    async (layout) => {
      const results = ['granted', 'partial', 'denied.1', 'handledTotal'];
      const blanked = { ...data, table3: data.table3.map((r) => (results.includes(r.row) ? { ...r, cells: [...r.cells.slice(0, 6), ''] } : r)) };
      const report = await read(renderReport(blanked, layout));
      expect(brief(report.findings)).toEqual(results.map((row) => ({ rule: 'S-BLANK', table: '三', row, column: 'total' })));
      expect(report.table3?.granted).toEqual({ ...expectedTable3(data).granted, total: null });
    },
  );

  it('gives S-VALUE for text, a fraction or a negative number in a count, and S-BLANK for a dash', async () => {
    const text = pipe
      .replace('| 20 | 21 |', '| 20件 | 21 |')
      .replace('| 31 | 32 |', '| 31 | 1.5 |')
      .replace('| 42 | 43 |', '| -42 | 43 |')
      .replace('| 53 | 54 |', '| — | 54 |');
    const report = await read(text);
    expect(brief(report.findings)).toEqual([
      { rule: 'S-VALUE', table: '三', row: 'granted', column: 'natural' },
      { rule: 'S-VALUE', table: '三', row: 'partial', column: 'research' },
      { rule: 'S-VALUE', table: '三', row: 'denied.1', column: 'research' },
      { rule: 'S-BLANK', table: '三', row: 'denied.2', column: 'publicInterest' },
    ]);
    expect(report.table3?.granted?.natural).toBeNull();
  });

  it('never splits digits a crawler ran together: S-SHAPE, and the row is left out', async () => {
    const text = renderReport(data, 'spaces').replace('一、本年新收政府信息公开申请数量 0 1 2 3 4 5 6', '一、本年新收政府信息公开申请数量200 000121');
    const report = await read(text);
    expect(brief(report.findings)).toEqual([{ rule: 'S-SHAPE', table: '三', row: 'received', expected: 7, actual: 2 }]);
    expect(report.table3?.received).toBeUndefined();
  });

  it('reads rows with no readable label by position when they fill the gap exactly (S-POSITIONAL)', async () => {
    const text = pipe.replace('3.危及“三安全一稳定”', '').replace('4.保护第三方合法权益', '');
    const report = await read(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toMatchObject([{ rule: 'S-POSITIONAL', message: expect.stringMatching(/危及.*保护第三方/) }]);
  });

  it('reads a table with no row labels at all by position', async () => {
    const text = data.table3.reduce((t, row) => t.replace(`| ${row.label} |`, '|').replace(`${row.parent ?? '@'} |`, ''), pipe);
    const report = await read(text.replace('三、本年度办理结果 |', '').replace('（六）其他处理 |', ''));
    expect(report.table3).toEqual(expectedTable3(data));
    expect(brief(report.findings)).toEqual([{ rule: 'S-POSITIONAL', table: '三' }]);
  });

  it('gives S-SHAPE, not a guess, when unlabelled rows do not fill the gap', async () => {
    const text = pipe.replace('3.危及“三安全一稳定”', '').replace(/\n.*4\.保护第三方合法权益.*/, '').replace(/\n.*5\.属于三类.*/, '');
    const report = await read(text);
    expect(brief(report.findings)).toEqual([
      { rule: 'S-SHAPE', table: '三', actual: 7 },
      { rule: 'S-SHAPE', table: '三', rows: ['denied.3', 'denied.4', 'denied.5'], expected: 7, actual: 0 },
    ]);
    expect(report.findings[1]?.message).toBe(
      '表三缺少 3 行（「（三）不予公开 3.危及“三安全一稳定”」、「（三）不予公开 4.保护第三方合法权益」、「（三）不予公开 5.属于三类内部事务信息」）；请按模板补全这些行',
    );
  });

  it('gives a wrapped label the numbers printed on its second line (pdftotext -layout)', async () => {
    const text = renderReport(data, 'pdf-layout').replace(
      /5\.要求行政机关确认或重新出具已获取信息( +.*)/,
      (_line, numbers: string) => `5.要求行政机关确认或重新出具已\n        获取信息${numbers}`,
    );
    const report = await read(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('reads markdown from a PDF that prints labels on their own lines, above their numbers', async () => {
    const markdown = renderReport(data, 'markdown');
    const text = markdown.replace(/^\| (（二）部分公开) \| (.*)$/m, '| $1 |\n| $2').replace(/^\| {2}\| (2\.重复申请) \| (.*)$/m, '| $1 |\n| $2');
    expect(text).not.toBe(markdown);
    const report = await read(text);
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.findings).toEqual([]);
  });

  it('warns S-YEAR for a title with no year and S-SECTIONS for a missing section', async () => {
    const text = pipe.replace('2020年政府信息公开工作年度报告', '政府信息公开工作年度报告').replace('五、存在的主要问题及改进情况', '');
    const report = await read(text);
    expect(report.year).toBeNull();
    expect(report.agency).toBe(data.agency);
    expect(brief(report.findings).map((f) => f.rule)).toEqual(['S-YEAR', 'S-SECTIONS']);
    expect(report.findings[1]?.message).toMatch(/第五部分/);
  });

  it('gives S-TABLE-MISSING for a table that is not there', async () => {
    const text = pipe.replace(/四、政府信息公开行政复议[\s\S]*?(?=五、)/, '四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议。\n');
    const report = await read(text);
    expect(brief(report.findings)).toEqual([{ rule: 'S-TABLE-MISSING', table: '四' }]);
    expect(report.table4).toBeUndefined();
  });

  it('gives S-TEMPLATE when neither Table 二 nor （六） shows the template', async () => {
    const text = pipe
      .replace(/信息内容 \|.*/, '信息内容 | 甲 | 乙 | 丙 |')
      .replace(/\n政府集中采购.*/, '')
      .replace(/\n（六）其他处理.*/, '');
    const report = await read(text);
    expect(report.template).toBeNull();
    expect(brief(report.findings).map((f) => f.rule)).toContain('S-TEMPLATE');
  });
});

describe('readReport on large input', () => {
  const block = '（三）不予公开 1.属于国家秘密 0 0 0\n第二十条第（一）项 | 规章 | 0 |\n'.repeat(1000) + `${'7\t'.repeat(1500)}\n`;

  it('reads a file near the text budgets in seconds, whatever its lines hold', async () => {
    const bytes = utf8(`二、主动公开政府信息情况\n${block.repeat(8)}`);
    const started = Date.now();
    const result = await readReport({ name: 'big.txt', bytes });
    expect(result.status).toBe('parsed');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses a file near the size limit over the text budgets at once', async () => {
    const bytes = utf8(`二、主动公开政府信息情况\n${'0\t0\n'.repeat(1_300_000)}`);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const result = await readReport({ name: 'big.txt', bytes });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('treats one enormous line as prose, not as a table row', async () => {
    const result = await readReport({ name: 'big.txt', bytes: utf8('a  '.repeat(2_000_000)) });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
  });
});

describe('readReport on values no report can hold', () => {
  it('gives S-VALUE for a count too long to be a number, never Infinity', async () => {
    const text = renderReport(makeReport('2019'), 'pipe').replace('| 20 | 21 |', `| ${'9'.repeat(309)} | 21 |`);
    const report = await read(text);
    expect(brief(report.findings)).toEqual([{ rule: 'S-VALUE', table: '三', row: 'granted', column: 'natural' }]);
    expect(report.table3?.granted?.natural).toBeNull();
  });
});
