import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { latticeGrids, type LatticeGrid } from '../../../../functions/parse/formats/pdf/lattice.js';
import { cellTexts, type LatticeCellText } from '../../../../functions/parse/formats/pdf/lattice-text.js';
import { loadPdfPages } from '../../../../functions/parse/formats/pdf/load.js';
import { pageRulings } from '../../../../functions/parse/formats/pdf/rulings.js';
import { buildPdf, type PdfCell, type PdfTableRow } from '../../../../corpus/pdf-report-builder.js';

/** A cell as its text, with [rows×cols] when it spans more than one grid cell. */
const show = ({ text, rowSpan, colSpan }: LatticeCellText): string =>
  rowSpan === 1 && colSpan === 1 ? text : `${text} [${rowSpan}×${colSpan}]`;

/** Every page's grids, each as rows of shown cells, and the page's text items left outside the grids. */
async function readGrids(bytes: Uint8Array) {
  const pages = await loadPdfPages(pdfjs, bytes);
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  return Promise.all(
    pages.map(async (page) => {
      const grids = latticeGrids(await pageRulings(pdfjs, await doc.getPage(page.number)));
      const tables = grids.map((grid) => cellTexts(grid, page.items));
      const used = new Set(tables.flatMap((table) => [...table.used]));
      return {
        grids: grids.map((grid: LatticeGrid) => ({ cols: grid.xs.length - 1, rows: grid.ys.length - 1 })),
        tables: tables.map((table) => table.rows.map((row) => row.map(show))),
        prose: page.items.filter((item) => !used.has(item)).map((item) => item.text.trim()),
      };
    }),
  );
}
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/lattice/${name}`, import.meta.url)));

const zeros = ['0', '0', '0', '0', '0', '0', '0'];
/** Table 三 of test/fixtures/pdf/lattice/tables.html as a person reads it: 11 rows of 10 columns. */
const TABLE3 = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） [3×3]', '申请人情况 [1×7]'],
  ['自然人 [2×1]', '法人或其他组织 [1×5]', '总计 [2×1]'],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
  ['一、本年新收政府信息公开申请数量 [1×3]', '12', '3', '0', '0', '0', '1', '16'],
  ['二、上年结转政府信息公开申请数量 [1×3]', '2', '0', '0', '0', '0', '0', '2'],
  ['三、本年度办理结果 [5×1]', '（一）予以公开 [1×2]', '5', '1', '0', '0', '0', '0', '6'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形） [1×2]', '3', '0', '0', '0', '0', '1', '4'],
  ['（三）不予公开 [2×1]', '1.属于国家秘密', ...zeros],
  ['2.其他法律行政法规禁止公开', '1', '0', '0', '0', '0', '', '1'],
  ['（四）无法提供 [1×2]', '1', '0', '0', '0', '0', '0', '1'],
  ['四、结转下年度继续办理 [1×3]', '2', '2', '0', '0', '0', '0', '4'],
];
const TABLE2_HEAD = [
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '1', '0', '11'],
  ['规范性文件', '4', '2', '37'],
  ['行政许可', '120', '3', '856'],
];
const TABLE2_TAIL = [
  ['行政处罚', '45', '0', '45'],
  ['行政强制', '7', '1', '6'],
];

describe('lattice tables from Chromium print to PDF (borders as filled bars)', () => {
  it('reads Table 三 with its merged header cells, row-spanning labels and wrapped labels', async () => {
    const [first] = await readGrids(fixture('chromium.pdf'));
    expect(first?.grids).toEqual([{ cols: 10, rows: 11 }]);
    expect(first?.tables).toEqual([TABLE3]);
    expect(first?.prose).toEqual(['三、收到和处理政府信息公开申请情况']);
  });

  it('reads a table split across two pages as one grid per page', async () => {
    const [, second, third] = await readGrids(fixture('chromium.pdf'));
    expect(second?.tables).toEqual([TABLE2_HEAD]);
    expect(second?.prose).toEqual(['二、主动公开政府信息情况']);
    expect(third?.tables).toEqual([TABLE2_TAIL]);
  });
});

describe('lattice tables from Chromium print of <table border="1"> (each cell its own bevelled box)', () => {
  it('reads Table 四 with its spans, the double lines between cells being one boundary', async () => {
    const [first] = await readGrids(fixture('chromium-separate.pdf'));
    expect(first?.tables).toEqual([
      [
        ['行政复议 [1×5]', '行政诉讼 [1×5]'],
        ['结果维持 [2×1]', '结果纠正 [2×1]', '其他结果 [2×1]', '尚未审结 [2×1]', '总计 [2×1]', '未经复议直接起诉 [1×5]'],
        ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
        ['1', '0', '0', '0', '1', '0', '0', '0', '1', '1'],
      ],
    ]);
  });
});

describe('lattice tables from LibreOffice Writer (borders as stroked lines)', () => {
  it('reads both tables of the page, Table 三 first', async () => {
    const [first] = await readGrids(fixture('libreoffice.pdf'));
    expect(first?.grids).toEqual([
      { cols: 10, rows: 11 },
      { cols: 4, rows: 6 },
    ]);
    expect(first?.tables).toEqual([TABLE3, [...TABLE2_HEAD, ...TABLE2_TAIL]]);
    expect(first?.prose).toEqual(['三、收到和处理政府信息公开申请情况', '二、主动公开政府信息情况']);
  });
});

describe('lattice tables from pdf-lib (each cell stroked as its own box)', () => {
  const cells = (texts: readonly string[], from: number): PdfCell[] => texts.map((text, i) => ({ text, col: from + i }));

  it('reads a Table 三 whose result label prints one character per line', async () => {
    const rows: PdfTableRow[] = [
      [
        { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', col: 0, colSpan: 3, rowSpan: 3 },
        { text: '申请人情况', col: 3, colSpan: 7 },
      ],
      [{ text: '自然人', col: 3, rowSpan: 2 }, { text: '法人或其他组织', col: 4, colSpan: 5 }, { text: '总计', col: 9, rowSpan: 2 }],
      cells(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], 4),
      [{ text: '一、本年新收政府信息公开申请数量', col: 0, colSpan: 3 }, ...cells(['12', '3', '0', '0', '0', '1', '16'], 3)],
      [{ text: '二、上年结转政府信息公开申请数量', col: 0, colSpan: 3 }, ...cells(['2', '0', '0', '0', '0', '0', '2'], 3)],
      [
        { text: '三、本年度办理结果', col: 0, rowSpan: 5, vertical: true },
        { text: '（一）予以公开', col: 1, colSpan: 2 },
        ...cells(['5', '1', '0', '0', '0', '0', '6'], 3),
      ],
      [
        { text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', col: 1, colSpan: 2 },
        ...cells(['3', '0', '0', '0', '0', '1', '4'], 3),
      ],
      [{ text: '（三）不予公开', col: 1, rowSpan: 2 }, { text: '1.属于国家秘密', col: 2 }, ...cells(zeros, 3)],
      [{ text: '2.其他法律行政法规禁止公开', col: 2 }, ...cells(['1', '0', '0', '0', '0', '', '1'], 3)],
      [{ text: '（四）无法提供', col: 1, colSpan: 2 }, ...cells(['1', '0', '0', '0', '0', '0', '1'], 3)],
      [{ text: '四、结转下年度继续办理', col: 0, colSpan: 3 }, ...cells(['2', '2', '0', '0', '0', '0', '4'], 3)],
    ];
    const bytes = await buildPdf([{ kind: 'table', widths: [0.9, 1.6, 3.2, 1, 1, 1, 1, 1, 1, 1], rows }]);
    const [first] = await readGrids(bytes);
    expect(first?.tables).toEqual([TABLE3]);
    expect(first?.prose).toEqual(['- 1 -']);
  });

  it('reads a 50-row table broken across pages: 35 rows fit on the first page, 15 go on the second', async () => {
    const numbered = Array.from({ length: 50 }, (_, i) => [`第${i + 1}行`, String(i + 1), '0', String(2 * (i + 1))]);
    const bytes = await buildPdf([{ kind: 'table', widths: [1, 1, 1, 1], rows: numbered.map((row) => cells(row, 0)) }]);
    const [first, second] = await readGrids(bytes);
    expect(first?.grids).toEqual([{ cols: 4, rows: 35 }]);
    expect(second?.grids).toEqual([{ cols: 4, rows: 15 }]);
    expect(first?.tables[0]?.[34]).toEqual(['第35行', '35', '0', '70']);
    expect(second?.tables[0]?.[0]).toEqual(['第36行', '36', '0', '72']);
    expect(second?.tables[0]?.[14]).toEqual(['第50行', '50', '0', '100']);
  });
});

describe('cellTexts', () => {
  // Two columns (x 0–100, 100–200) and two rows (y 100–80, 80–40) drawn as a full grid.
  const grid = latticeGrids({
    horizontal: [40, 80, 100].map((at) => ({ at, from: 0, to: 200 })),
    vertical: [0, 100, 200].map((at) => ({ at, from: 40, to: 100 })),
  })[0];
  const item = (text: string, x: number, y: number, width: number) => ({ text, x, y, width, size: 10 });

  it('joins Latin words with a space only where pdfjs left a gap, and CJK lines without one', () => {
    const items = [
      item('Office', 5, 85, 30),
      item('of', 40, 85, 10),
      item('2024', 5, 70, 20),
      item('年', 25, 70, 10),
      item('政府信息', 105, 70, 40),
      item('公开', 105, 55, 20),
    ];
    expect(grid && cellTexts(grid, items).rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Office of', ''],
      ['2024年', '政府信息公开'],
    ]);
  });

  it('cuts an item that runs across a column line at the line, and leaves items outside the grid unused', () => {
    const across = item('12 345', 70, 85, 60); // ten points a character: 12 ends at x 90, 345 starts at 100
    const outside = item('第 1 页', 80, 20, 30);
    const table = grid && cellTexts(grid, [across, outside]);
    expect(table?.rows[0]?.map((cell) => cell.text)).toEqual(['12', '345']);
    expect([...(table?.used ?? [])]).toEqual([across]);
  });
});
