import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../../functions/parse/document.js';
import { readDocx } from '../../../../functions/parse/formats/docx/read-docx.js';
import {
  docxOfBody,
  NUMBERED_HEADING_STYLES,
  numbered,
  numberingOf,
  p,
  r,
  tbl,
  tc,
  tr,
} from '../../../support/docx-fixtures-xml.js';

/** Each row as its table index ('-' outside tables) and its cells' texts, '^' for a span-covered position. */
async function read(body: string, numbering?: string, styles?: string): Promise<(string | number)[][]> {
  const { rows } = await readDocx(docxOfBody(body, numbering, styles));
  return rows.map((row: DocRow) => [row.table ?? '-', ...row.cells.map((cell) => (cell.merged ? '^' : cell.text))]);
}

const deleted = (text: string): string =>
  `<w:del w:id="1" w:author="a"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const inserted = (text: string): string => `<w:ins w:id="2" w:author="a"><w:r><w:t>${text}</w:t></w:r></w:ins>`;
const hidden = (text: string, val = ''): string =>
  `<w:r><w:rPr><w:b/><w:vanish${val ? ` w:val="${val}"` : ''}/></w:rPr><w:t>${text}</w:t></w:r>`;

describe('readDocx on Word and WPS markup', () => {
  it('reads tracked changes as accepted: inserted text in, deleted text and deleted rows out', async () => {
    const deletedRow =
      `<w:tr><w:trPr><w:del w:id="3" w:author="a"/></w:trPr>${tc(p(deleted('乙')))}${tc(p(deleted('2')))}</w:tr>`;
    const table = tbl(tr(tc(p(r('予以公开'))), tc(p(deleted('12'), inserted('13')))), deletedRow);
    const body = p(r('全年收到申请'), deleted('20'), inserted('21'), r('件')) + table;
    expect(await read(body)).toEqual([['-', '全年收到申请21件'], [0, '予以公开', '13']]);
  });

  it('keeps the result of a simple field (a formula cell) and of a complex one', async () => {
    const simple = '<w:fldSimple w:instr=" =SUM(LEFT) "><w:r><w:t>45</w:t></w:r></w:fldSimple>';
    const complex =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =SUM(ABOVE) </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>78</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    expect(await read(tbl(tr(tc(p(r('总计'))), tc(p(simple)), tc(p(complex)))))).toEqual([[0, '总计', '45', '78']]);
  });

  it('leaves out hidden text, which Word neither shows nor prints', async () => {
    const table = tbl(tr(tc(p(r('予以公开'))), tc(p(hidden('9', 'true'), hidden('12', 'false')))));
    const body = p(hidden('填写说明：'), r('可见')) + table;
    expect(await read(body)).toEqual([['-', '可见'], [0, '予以公开', '12']]);
  });

  it('joins a cell written in several runs and paragraphs, and reads vMerge and gridSpan as spans', async () => {
    const body = tbl(
      tr(
        tc(p(r('（三）不予')) + p(r('公开')), '<w:vMerge w:val="restart"/>'),
        tc(p(r('1.属于'), r('国家秘密'))),
        tc(p(r('1'), r('2'))),
      ),
      tr(tc(p(), '<w:vMerge/>'), tc(p(r('2.其他')), '<w:gridSpan w:val="2"/>')),
    );
    expect(await read(body)).toEqual([
      [0, '（三）不予公开', '1.属于国家秘密', '12'],
      [0, '^', '2.其他', '^'],
    ]);
  });

  it('reads a table nested in a layout table as the data table, and a text box as a paragraph', async () => {
    const textBox =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>' +
      '<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></wps:txbx>' +
      '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>' +
      '<v:textbox><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>' +
      '</w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const inner = tbl(tr(tc(p(r('甲'))), tc(p(r('1')))), tr(tc(p(r('乙'))), tc(p(r('2')))));
    const rows = await read(p(textBox) + tbl(tr(tc(inner + p()))));
    expect(rows).toEqual([['-', '框内文字'], [0, '甲', '1'], [0, '乙', '2']]);
  });
});

describe('readDocx on merges, breaks, links and continued tables', () => {
  it('reads a cell merged across and down as one, and a vMerge with nothing above to continue as a cell', async () => {
    const body = tbl(
      tr(tc(p(r('（三）不予公开')), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc(p(r('1')))),
      tr(tc(p(), '<w:gridSpan w:val="2"/><w:vMerge/>'), tc(p(r('2')))),
      tr(tc(p(r('其他'))), tc(p(r('甲')), '<w:vMerge w:val="continue"/>'), tc(p(r('3')))),
    );
    expect(await read(body)).toEqual([
      [0, '（三）不予公开', '^', '1'],
      [0, '^', '^', '2'],
      [0, '其他', '甲', '3'],
    ]);
  });

  it('joins a paragraph whose mark was deleted to the next, and reads moved text where it went', async () => {
    const markDeleted = `<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>${r('全年收到')}</w:p>`;
    const moved = p(
      `<w:moveFrom w:id="5" w:author="a">${r('旧处')}</w:moveFrom>`,
      `<w:moveTo w:id="6" w:author="a">${r('新处')}</w:moveTo>`,
    );
    expect(await read(markDeleted + p(r('申请21件')) + moved)).toEqual([['-', '全年收到申请21件'], ['-', '新处']]);
  });

  it('starts a new line at a line break, not at a page break, and joins a cell\'s lines', async () => {
    const run = (inner: string): string => `<w:r>${inner}</w:r>`;
    const body =
      p(r('第一行'), run('<w:br/>'), r('第二行'), run('<w:br w:type="page"/>'), r('续')) +
      tbl(tr(tc(p(r('予以'), run('<w:br/>'), r('公开'))), tc(p(r('1'), run('<w:tab/>'), r('2')))));
    expect(await read(body)).toEqual([['-', '第一行'], ['-', '第二行续'], [0, '予以公开', '1 2']]);
  });

  it('leaves out a line that is only a link (a table of contents) unless it is a heading', async () => {
    const link = (text: string): string => `<w:hyperlink w:anchor="_Toc1">${r(text)}</w:hyperlink>`;
    const field = (text: string): string =>
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://gov.cn" </w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const heading = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${link('一、总体情况')}</w:p>`;
    const body = p(link('一、总体情况\t1')) + p(field('门户网站')) + heading + p(r('详见'), link('附件'));
    expect(await read(body)).toEqual([['-', '一、总体情况'], ['-', '详见附件']]);
  });

  it('reads a table Word split at a page break, its header repeated, as one table', async () => {
    const header = tr(tc(p(r('项目'))), tc(p(r('数量'))));
    const body = tbl(header, tr(tc(p(r('甲'))), tc(p(r('1'))))) + p() + tbl(header, tr(tc(p(r('乙'))), tc(p(r('2')))));
    const { rows } = await readDocx(docxOfBody(body));
    expect(rows.map((row) => [row.table, ...row.cells.map((cell) => cell.text)])).toEqual([
      [0, '项目', '数量'],
      [0, '甲', '1'],
      [0, '乙', '2'],
    ]);
    expect(rows[2]?.cells[0]?.at).toEqual({ table: 0, row: 2, cell: 0 });
    // A paragraph between the two parts makes the second a table of its own.
    const apart = tbl(header, tr(tc(p(r('甲'))), tc(p(r('1'))))) + p(r('说明')) + tbl(header, tr(tc(p(r('乙'))), tc(p(r('2')))));
    expect((await read(apart)).map((row) => row[0])).toEqual([0, 0, '-', 1, 1]);
  });
});

describe('readDocx on malformed XML', () => {
  it.each([
    { name: 'runs never closed', body: '<w:r><w:rPr><w:b/>'.repeat(20_000) },
    { name: 'numbered paragraph properties never closed', body: '<w:pPr><w:numPr><w:numId w:val="1"/>'.repeat(20_000) },
  ])('refuses a document with $name quickly, as damaged', async ({ body }) => {
    const started = performance.now();
    const numbering = numberingOf([{ format: 'decimal', text: '%1.' }]);
    const refusal = expect.objectContaining({ message: expect.stringMatching(/不是有效的 Word/) });
    await expect(readDocx(docxOfBody(body, numbering))).rejects.toEqual(refusal);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('readDocx on automatically numbered headings', () => {
  it('writes out the numbers Word draws for a list: 一、 for headings, （一） and 1. below them', async () => {
    const numbering = numberingOf([
      { format: 'chineseCounting', text: '%1、' },
      { format: 'chineseCounting', text: '（%2）' },
      { format: 'decimal', text: '%3.' },
    ]);
    const body =
      numbered(0, '总体情况') + numbered(1, '主动公开情况') + numbered(1, '依申请公开情况') + numbered(2, '收到申请') +
      numbered(0, '主动公开政府信息情况') + numbered(1, '规章') + p(r('正文'));
    expect(await read(body, numbering)).toEqual([
      ['-', '一、总体情况'],
      ['-', '（一）主动公开情况'],
      ['-', '（二）依申请公开情况'],
      ['-', '1.收到申请'],
      ['-', '二、主动公开政府信息情况'],
      ['-', '（一）规章'],
      ['-', '正文'],
    ]);
  });

  it('numbers a heading whose style is tied to a list, unless the paragraph turns numbering off', async () => {
    const heading = (text: string, own = ''): string =>
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${own}</w:pPr>${r(text)}</w:p>`;
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    const body = heading('总体情况') + p(r('正文')) + heading('主动公开政府信息情况') + heading('附表', off);
    const rows = await read(body, numberingOf([{ format: 'chineseCounting', text: '%1、' }]), NUMBERED_HEADING_STYLES);
    expect(rows).toEqual([['-', '一、总体情况'], ['-', '正文'], ['-', '二、主动公开政府信息情况'], ['-', '附表']]);
  });

  it('numbers with the format every reader knows when Word 2010 writes its own first, in and out of tables', async () => {
    const custom =
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>';
    const numbering = numberingOf([{ format: 'FORMAT', text: '（%1）' }]).replace('<w:numFmt w:val="FORMAT"/>', custom);
    const body = numbered(0, '主动公开') + tbl(tr(tc(numbered(0, '依申请公开')), tc(p(r('5')))));
    expect(await read(body, numbering)).toEqual([['-', '（一）主动公开'], [0, '（二）依申请公开', '5']]);
  });

  it('counts past ten as Chinese headings do, and writes nothing for bullets', async () => {
    const numbering = numberingOf([{ format: 'chineseCounting', text: '%1、' }, { format: 'bullet', text: '•' }]);
    const body = Array.from({ length: 12 }, (_, i) => numbered(0, `第${i + 1}项`)).join('') + numbered(1, '要点');
    const rows = await read(body, numbering);
    expect(rows.slice(9)).toEqual([['-', '十、第10项'], ['-', '十一、第11项'], ['-', '十二、第12项'], ['-', '要点']]);
  });
});

describe('readDocx on footnotes', () => {
  it('keeps a footnote mark out of the number and heading it follows, and the note at the end', async () => {
    const note = () => new FootnoteReferenceRun(1);
    const cell = (...children: (TextRun | FootnoteReferenceRun)[]) =>
      new TableCell({ children: [new Paragraph({ children })] });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('含线上申请3件。')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('一、总体情况'), note()] }),
            new Table({
              rows: [new TableRow({ children: [cell(new TextRun('本年新收')), cell(new TextRun('12'), note())] })],
            }),
          ],
        },
      ],
    });
    const { rows } = await readDocx(new Uint8Array(await Packer.toBuffer(doc)));
    // The note once, after the body, though two marks refer to it.
    const texts = rows.map((row) => row.cells.map((c) => c.text));
    expect(texts).toEqual([['一、总体情况'], ['本年新收', '12'], ['含线上申请3件。']]);
  });
});
