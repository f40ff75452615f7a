import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { operatorRulings, pageRulings, type PageRulings, type Ruling } from '../../../../functions/parse/formats/pdf/rulings.js';
import { buildPdf } from '../../../../corpus/pdf-report-builder.js';

const { OPS } = pdfjs;
const A4 = [0, 0, 595.28, 841.89];
const round = ({ at, from, to }: Ruling) => ({ at: +at.toFixed(2), from: +from.toFixed(2), to: +to.toFixed(2) });
const rounded = (rulings: PageRulings) => ({
  horizontal: rulings.horizontal.map(round),
  vertical: rulings.vertical.map(round),
});
const distinct = (rulings: readonly Ruling[]): number => new Set(rulings.map((r) => Math.round(r.at))).size;

/** pdfjs 5's path encoding: 0 moveTo x y, 1 lineTo x y, 2 curveTo (three points), 4 closePath. */
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
const path = (paint: number, data: number[]) => [OPS.constructPath, [paint, [Float32Array.from(data)], null]] as const;

async function pdfPage(bytes: Uint8Array, number: number) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  return doc.getPage(number);
}
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/lattice/${name}`, import.meta.url)));

describe('operatorRulings', () => {
  it('follows nested transforms, save/restore and forms; keeps ink, drops curves, diagonals, dots and page frames', () => {
    const ops: (readonly [number, unknown])[] = [
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 100, 200]],
      path(OPS.stroke, [0, 0, 0, 1, 50, 0]),
      [OPS.restore, null],
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 0, 0]],
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 10, 10]],
      path(OPS.stroke, rect(0, 0, 20, 5)),
      [OPS.restore, null],
      [OPS.restore, null],
      path(OPS.stroke, [0, 300, 300, 1, 300, 400]),
      [OPS.setFillRGBColor, ['#ffffff']],
      path(OPS.fill, rect(0, 500, 200, 1)),
      [OPS.setFillRGBColor, ['#000000']],
      path(OPS.fill, rect(10, 600, 200, 0.75)),
      path(OPS.fill, rect(0, 0, 100, 100)),
      path(OPS.stroke, [0, 350, 100, 2, 360, 110, 370, 120, 380, 100]),
      path(OPS.stroke, [0, 350, 150, 1, 450, 250]),
      path(OPS.stroke, [0, 350, 160, 1, 351, 160]),
      path(OPS.stroke, rect(5, 5, 585, 831)),
      path(OPS.stroke, [0, 400, 700, 1, 450, 700, 0, 450.5, 700.3, 1, 500, 700.3]),
      path(OPS.fill, [0, 531, 322, 1, 531, 411, 1, 532, 410, 1, 532, 321]), // a bevelled side, not closed
      [OPS.setStrokeRGBColor, ['#fefefe']],
      path(OPS.stroke, [0, 100, 760, 1, 500, 760]),
      [OPS.setStrokeRGBColor, ['#808080']],
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, 50], [0, 0, 10, 100]]],
      path(OPS.stroke, [0, 0, 0, 1, 0, 30]),
      [OPS.paintFormXObjectEnd, null],
      path(OPS.stroke, [0, 520, 10, 1, 520, 20]),
    ];
    const list = { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
    expect(rounded(operatorRulings(OPS, list, A4))).toEqual({
      horizontal: [
        { at: 20, from: 20, to: 60 },
        { at: 30, from: 20, to: 60 },
        { at: 200, from: 100, to: 150 },
        { at: 600.38, from: 10, to: 210 },
        { at: 700.15, from: 400, to: 500 },
      ],
      vertical: [
        { at: 0, from: 50, to: 80 },
        { at: 20, from: 20, to: 30 },
        { at: 60, from: 20, to: 30 },
        { at: 300, from: 300, to: 400 },
        { at: 520, from: 10, to: 20 },
        { at: 531.5, from: 321, to: 411 },
      ],
    });
  });
});

describe('pageRulings on real producers', () => {
  it('reads pdf-lib cell boxes (each cell stroked on its own) as one line per border', async () => {
    const cells = (n: number) => [0, 1, 2].map((col) => ({ text: String(n + col), col }));
    const bytes = await buildPdf([{ kind: 'table', widths: [1, 1, 2], rows: [cells(1), cells(4), cells(7)] }]);
    // Margins 56 pt on an A4 page, widths 1:1:2 of 483.28 pt; rows 19.7 pt tall from 70 pt below the top.
    const xs = [56, 176.82, 297.64, 539.28];
    const ys = [712.79, 732.49, 752.19, 771.89];
    expect(rounded(await pageRulings(pdfjs, await pdfPage(bytes, 1)))).toEqual({
      horizontal: ys.map((at) => ({ at, from: 56, to: 539.28 })),
      vertical: xs.map((at) => ({ at, from: 712.79, to: 771.89 })),
    });
  });

  it('reads Chromium borders drawn as thin filled rectangles: 11 column lines, 12 row lines in Table 三', async () => {
    const rulings = await pageRulings(pdfjs, await pdfPage(fixture('chromium.pdf'), 1));
    expect(distinct(rulings.vertical)).toBe(11);
    expect(distinct(rulings.horizontal)).toBe(12);
    // The 20 mm page margins hold the table; nothing from the heading above it.
    for (const ruling of [...rulings.vertical]) expect(ruling.at).toBeGreaterThan(56);
    for (const ruling of [...rulings.horizontal]) expect(ruling.to).toBeLessThan(540);
  });

  it('reads LibreOffice borders drawn as stroked grey lines: both tables of the page', async () => {
    const rulings = await pageRulings(pdfjs, await pdfPage(fixture('libreoffice.pdf'), 1));
    expect(distinct(rulings.horizontal)).toBe(12 + 7);
  });
});
