import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../../functions/parse/document.js';
import { htmlToRows } from '../../../../functions/parse/formats/html/rows.js';
import { expectSameTablesAsText } from '../../../support/report-fixtures-html-docx-expect.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../../../corpus/report-fixtures-html-docx-reports.js';
import { toDocx, toHtml, toHtmlBytes } from '../../../../corpus/report-fixtures-html-docx.js';
import { splitTable } from '../../../support/report-fixtures-variants.js';

const texts = (rows: readonly DocRow[]): string[][] => rows.map((row) => row.cells.map((cell) => cell.text));

describe('a table broken in two at a page break', () => {
  it.each([
    { name: '2019 Table 三, header repeated', report: REPORT_2019, table: 1, at: 14, between: undefined },
    { name: '2021 Table 三 with a page number between', report: REPORT_2021, table: 1, at: 9, between: '- 3 -' },
    { name: '2019 Table 四 under its repeated header', report: REPORT_2019, table: 2, at: 3, between: '第 4 页' },
  ])('reads the $name as one table, in .html and .docx', async ({ report, table, at, between }) => {
    const blocks = splitTable(reportBlocks(report), table, { at, header: 3, between });
    await expectSameTablesAsText(report, { name: '年度报告.html', bytes: toHtmlBytes(blocks) });
    await expectSameTablesAsText(report, { name: '年度报告.docx', bytes: await toDocx(blocks) });
  });

  it('drops the repeated header rows and numbers the rows after it on from the first part', () => {
    const html =
      '<table><tr><th>项目</th><th>数量</th></tr><tr><td>甲</td><td>1</td></tr></table><p>- 2 -</p>' +
      '<table><tr><th>项目</th><th>数量</th></tr><tr><td>乙</td><td>2</td></tr></table>';
    const { rows } = htmlToRows(html);
    expect(texts(rows)).toEqual([['项目', '数量'], ['甲', '1'], ['乙', '2']]);
    expect(rows[2]).toEqual({
      table: 0,
      cells: [
        { text: '乙', at: { table: 0, row: 2, cell: 0 } },
        { text: '2', at: { table: 0, row: 2, cell: 1 } },
      ],
    });
  });

  it('keeps two tables apart when text stands between them or the second has a header of its own', () => {
    const table = (head: string, row: string): string => `<table><tr><th>${head}</th><th>数量</th></tr>${row}</table>`;
    const apart = htmlToRows(
      table('项目', '<tr><td>甲</td><td>1</td></tr>') + '<p>三、收到申请情况</p>' +
        table('项目', '<tr><td>乙</td><td>2</td></tr>') + table('类别', '<tr><td>丙</td><td>3</td></tr>'),
    );
    expect(apart.rows.map((row) => row.table)).toEqual([0, 0, undefined, 1, 1, 2, 2]);
  });
});

describe('decoding a page', () => {
  it('reads a UTF-8 page whose description the site cut mid-character as UTF-8', async () => {
    const description = '<meta name="description" content="年度报告">\n<title>';
    const html = toHtml(reportBlocks(REPORT_2021)).replace('<title>', description);
    const [before = '', after = ''] = html.split('报告">');
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const broken = new Uint8Array([...utf8(before), ...utf8('报').subarray(0, 2), ...utf8(`告">${after}`)]);
    await expectSameTablesAsText(REPORT_2021, { name: '年度报告.html', bytes: broken });
  });
});

describe('the title of a page', () => {
  const page = (title: string, body: string): string =>
    `<html><head><title>${title}</title></head><body>${body}</body>`;

  it('comes from <title>, without the site name, when the body does not print it', () => {
    const title = '某区市场监督管理局2020年政府信息公开工作年度报告_年度报告_某区人民政府门户网站';
    const html = page(title, '<p>发布时间：2021-01-29</p><p>正文</p>');
    expect(htmlToRows(html).rows).toEqual([
      { cells: [{ text: '某区市场监督管理局2020年政府信息公开工作年度报告', at: { line: 1 } }] },
      { cells: [{ text: '发布时间：2021-01-29', at: { line: 2 } }] },
      { cells: [{ text: '正文', at: { line: 3 } }] },
    ]);
  });

  it('is not added again when the body prints it, nor when <title> names no report', () => {
    const title = '某局2020年政府信息公开工作年度报告';
    expect(texts(htmlToRows(page(`${title} - 门户网站`, `<h1>${title}</h1>`)).rows)).toEqual([[title]]);
    expect(texts(htmlToRows(page('政府信息公开_门户网站', '<p>正文</p>')).rows)).toEqual([['正文']]);
  });
});

describe('letter-spaced labels', () => {
  it('lose the spaces between Han characters in a table cell, but prose keeps a gap left for a number', () => {
    const html = '<p>行政许可信息共  条</p><table><tr><td>规　　章</td><td>3.其　他</td><td>自 然 人</td><td>1 2</td></tr></table>';
    expect(texts(htmlToRows(html).rows)).toEqual([['行政许可信息共 条'], ['规章', '3.其他', '自然人', '1 2']]);
  });
});

describe('footnote marks', () => {
  it('are left out of the cell or line they follow (Word: <a href="#_ftn1">[1]</a>)', () => {
    const mark = '<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a>';
    const html = `<p>一、总体情况${mark}</p><table><tr><td>本年新收</td><td>12${mark}</td></tr></table>`;
    expect(texts(htmlToRows(html).rows)).toEqual([['一、总体情况'], ['本年新收', '12']]);
  });

  it('keep a number that links elsewhere on the page; a bare number linking to a note is a mark', () => {
    const html =
      '<table><tr><td>本年新收</td><td><a href="#detail">12</a></td><td><a href="#_ftn2">2</a></td></tr></table>';
    expect(texts(htmlToRows(html).rows)).toEqual([['本年新收', '12', '']]);
  });
});

describe('a page saved from an online reporting system', () => {
  it('reads the numbers shown in read-only text boxes, but not hidden inputs or check boxes', () => {
    const input = (type: string, value: string): string => `<input type="${type}" value="${value}" readonly>`;
    const html =
      `<p>共收到申请${input('text', '12')}件</p>` +
      `<table><tr><td>予以公开</td><td>${input('text', '3')}</td><td>${input('number', '0')}</td>` +
      `<td>${input('hidden', '99')}${input('checkbox', 'on')}</td></tr></table>`;
    expect(texts(htmlToRows(html).rows)).toEqual([['共收到申请 12 件'], ['予以公开', '3', '0', '']]);
  });
});

describe('a site metadata table above the article', () => {
  it('is not read as a report table; its title field stands as a line of its own', () => {
    const html =
      '<table><tr><td>索 引 号：</td><td>11010100T/2022-00037</td><td>主题分类：</td><td>卫生</td></tr>' +
      '<tr><td>标　　题：</td><td colspan="3">某委2021年政府信息公开工作年度报告</td></tr>' +
      '<tr><td>生成日期：</td><td>2022-01-26</td><td>有 效 性：</td><td>有效</td></tr></table>' +
      '<table><tr><td>行政许可</td><td>12</td></tr></table>';
    const { rows } = htmlToRows(html);
    expect(rows.map((row) => [row.table, ...row.cells.map((cell) => cell.text)])).toEqual([
      [undefined, '某委2021年政府信息公开工作年度报告'],
      [0, '行政许可', '12'],
    ]);
  });

  it('leaves a two-column table of labels and counts alone', () => {
    const { rows } = htmlToRows('<table><tr><td>收到申请：</td><td>12</td></tr></table>');
    expect(rows).toEqual([{ table: 0, cells: expect.any(Array) }]);
  });
});

describe('page furniture outside tables', () => {
  it('drops site navigation (lines of link text only) but keeps headings, bookmarks and text around links', () => {
    const html =
      '<div class="top"><a href="/">门户网站</a> | <a href="/en/">English</a></div>' +
      '<ul><li><a href="/">首页</a></li><li><a href="/ndbg/">政府信息公开年报</a></li></ul>' +
      '<div>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>' +
      '<h1><a href="/a.html">某局2020年政府信息公开工作年度报告</a></h1>' +
      '<p><a name="_Toc1">一、总体情况</a></p><p>详见<a href="/b.html">附件</a>。</p>';
    expect(texts(htmlToRows(html).rows)).toEqual([
      ['当前位置：首页 > 政务公开'],
      ['某局2020年政府信息公开工作年度报告'],
      ['一、总体情况'],
      ['详见附件。'],
    ]);
  });

  it('drops page-number lines a converted page keeps, but not a paragraph that is a number', () => {
    const { rows } = htmlToRows('<p>正文</p><p>- 3 -</p><p>第 4 页，共 9 页</p><p>5/9</p><p>12</p>');
    expect(texts(rows)).toEqual([['正文'], ['12']]);
  });
});
