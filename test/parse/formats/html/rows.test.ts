import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../../functions/parse/document.js';
import { htmlToRows } from '../../../../functions/parse/formats/html/rows.js';

const texts = (html: string): string[][] => htmlToRows(html).rows.map((row) => row.cells.map((cell) => cell.text));
const rowsOf = (html: string): DocRow[] => htmlToRows(html).rows;

describe('htmlToRows text outside tables', () => {
  it('makes each block, list item and <br> line a one-cell row numbered by line', () => {
    const rows = rowsOf('<h1>标题</h1><div>甲<br/>乙<span>丙</span></div><ul><li>一</li><li>二</li></ul>尾');
    expect(rows).toEqual(
      ['标题', '甲', '乙丙', '一', '二', '尾'].map((text, index) => ({ cells: [{ text, at: { line: index + 1 } }] })),
    );
  });

  it('skips head, script, style and comments', () => {
    const html =
      '<html><head><title>不读</title><style>p{}</style></head><body><script>var a="<p>不读</p>";</script>' +
      '<!-- 不读 --><p>正文</p><noscript>不读</noscript></body></html>';
    expect(texts(html)).toEqual([['正文']]);
  });

  it('skips what a browser hides: hidden and display:none elements, rows and cells', () => {
    const html =
      '<p hidden>甲</p><p style="DISPLAY: none">乙</p><p>丙</p>' +
      '<table><tr style="display:none"><td>丁</td></tr><tr><td style="display:none">戊</td><td>己</td></tr></table>';
    expect(texts(html)).toEqual([['丙'], ['己']]);
  });

  it('reads a page saved from Word: office namespaces, conditional comments, empty <o:p> paragraphs', () => {
    const html =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:Author>x</o:Author>' +
      '</xml><![endif]--></head><body><p class=MsoNormal align=center><b><span style=\'font-size:18.0pt\'>' +
      '示例街道2020年政府信息公开<span lang=EN-US><o:p></o:p></span></span></b></p><table class=MsoNormalTable>' +
      '<tr><td rowspan=2><p class=MsoNormal><span>三、本年度<br>办理结果</span></p></td><td><p><span lang=EN-US>' +
      '0<o:p></o:p></span></p></td></tr><![if !supportMisalignedColumns]><tr height=0><td></td></tr><![endif]>' +
      '</table><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></body></html>';
    expect(texts(html)).toEqual([['示例街道2020年政府信息公开'], ['三、本年度办理结果', '0'], ['', '']]);
  });

  it('spells text as the text reader does: full-width digits in ASCII, zero-width spaces dropped', () => {
    expect(texts('<table><tr><td>１２</td><td>3\u200b4</td><td>（三）</td></tr></table>')).toEqual([['12', '34', '（三）']]);
  });

  it('reads preformatted text line by line in the text layouts, numbering its lines after the page\'s', () => {
    const rows = rowsOf('<p>说明</p><pre>\n（一）予以公开 1 0 0 0 0 0 1\n\n<b>商业企业</b>\t2\t3<br>尾</pre><p>后记</p>');
    expect(rows.map((row) => [row.cells.map((cell) => cell.text), row.cells[0]?.at])).toEqual([
      [['说明'], { line: 1 }],
      [['（一）予以公开', '1', '0', '0', '0', '0', '0', '1'], { line: 3 }],
      [['商业企业', '2', '3'], { line: 5 }],
      [['尾'], { line: 6 }],
      [['后记'], { line: 7 }],
    ]);
  });

  it('collapses whitespace and drops source line breaks between CJK characters', () => {
    expect(texts('<p>  本机关\n    全年共收到\t申请  4 件 ,&nbsp; 均已答复  </p>')).toEqual([['本机关全年共收到 申请 4 件 , 均已答复']]);
  });
});

describe('htmlToRows tables', () => {
  it('joins the lines of a cell: nothing between CJK characters, a space otherwise', () => {
    const html =
      '<table><tr><td>（三）不予<br>公开</td><td><p>公开</p><p>1.属于国家秘密</p></td><td> &nbsp; </td></tr></table>';
    expect(texts(html)).toEqual([['（三）不予公开', '公开 1.属于国家秘密', '']]);
  });

  it('places cells under rowspan and colspan at their grid columns, with table/row/cell provenance', () => {
    const html =
      '<table><thead><tr><th rowspan="2">甲</th><th colspan="2">乙</th></tr></thead>' +
      '<tbody><tr><td>丙</td><td>丁</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>';
    const rows = rowsOf(html);
    expect(rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['甲', '乙', ''],
      ['', '丙', '丁'],
      ['1', '2', '3'],
    ]);
    expect(rows[1]).toEqual({
      table: 0,
      cells: [
        { text: '', at: { table: 0, row: 1, cell: 0 }, merged: true },
        { text: '丙', at: { table: 0, row: 1, cell: 1 } },
        { text: '丁', at: { table: 0, row: 1, cell: 2 } },
      ],
    });
    expect(rows[0]?.cells[2]).toEqual({ text: '', at: { table: 0, row: 0, cell: 2 }, merged: true });
  });

  it('makes a row of cells left outside any <tr>, as browsers do', () => {
    expect(texts('<table><tr><td>甲</td><td>1</td></tr><td>乙</td><td>2</td></table>')).toEqual([
      ['甲', '1'],
      ['乙', '2'],
    ]);
  });

  it('reads rowspan="0" as reaching the last row, and ignores a malformed span', () => {
    const html =
      '<table><tr><td rowspan="0">甲</td><td colspan="x">1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>';
    expect(texts(html)).toEqual([['甲', '1'], ['', '2'], ['', '3']]);
  });

  it('numbers data tables in document order; reads a table holding a table, or of one column, as page flow', () => {
    const html =
      '<table><tr><td>表一</td><td>1</td></tr></table>' +
      '<table><tr><td><p>说明</p><table><tr><td>表二</td><td>2</td></tr></table></td><td>注</td></tr></table>' +
      '<table><tr><td>标题<br>副标题</td></tr><tr><td></td></tr></table>';
    expect(rowsOf(html)).toEqual([
      { table: 0, cells: ['表一', '1'].map((text, cell) => ({ text, at: { table: 0, row: 0, cell } })) },
      { cells: [{ text: '说明', at: { line: 1 } }] },
      { table: 1, cells: ['表二', '2'].map((text, cell) => ({ text, at: { table: 1, row: 0, cell } })) },
      { cells: [{ text: '注', at: { line: 2 } }] },
      { cells: [{ text: '标题', at: { line: 3 } }] },
      { cells: [{ text: '副标题', at: { line: 4 } }] },
    ]);
  });

  it('reads a caption as a paragraph before the table rows', () => {
    const rows = rowsOf('<table><caption>表三</caption><tr><td>甲</td><td>1</td></tr></table>');
    expect(rows.map((row) => row.table)).toEqual([undefined, 0]);
  });
});

describe('htmlToRows limits', () => {
  it.each([
    { name: 'too many elements', html: '<span></span>'.repeat(50_001) },
    { name: 'nesting too deep', html: '<div>'.repeat(1_000) },
    { name: 'spans that fill a huge grid', html: `<table>${'<tr><td>甲</td><td colspan="999"></td></tr>'.repeat(101)}` },
  ])('refuses a page with $name, quickly and in Chinese', ({ html }) => {
    const started = performance.now();
    const message = expect.stringMatching(/^文件结构过于复杂/);
    const refusal = expect.objectContaining({ name: 'UnreadableFileError', message });
    expect(() => htmlToRows(html)).toThrow(refusal);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
