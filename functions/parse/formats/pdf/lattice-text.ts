import type { LatticeCell, LatticeGrid } from './lattice.js';
import type { PdfTextItem } from './load.js';

/** A ruled table's cell with its text: the pieces inside it joined in reading order ('' when empty). */
export interface LatticeCellText extends LatticeCell {
  text: string;
}

export interface LatticeTable {
  /** Cells by the grid row they start in, left to right; a row-spanning cell appears in its first row only. */
  rows: LatticeCellText[][];
  /** The text items placed in cells; the page's other items are prose around the table. */
  used: ReadonlySet<PdfTextItem>;
}

/** Where a glyph's middle sits above its baseline, as a share of the font size (CJK and digits alike). */
const MIDDLE = 0.35;
/** Pieces whose baselines differ by less than this share of their size are one line of the cell. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the size between two Latin pieces was a space. */
const SPACE_GAP = 0.15;
/** An item overlapping a column line by less than this (pt) only touches it. */
const EDGE = 1;
const HALF_EM = 0.5;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/** Puts each text item in the cell whose box holds its middle, and reads each cell's pieces as a person does. */
export function cellTexts(grid: LatticeGrid, items: readonly PdfTextItem[]): LatticeTable {
  const owner = new Map<LatticeCell, PdfTextItem[]>(grid.cells.map((cell) => [cell, []]));
  const used = new Set<PdfTextItem>();
  for (const item of items) {
    for (const piece of splitAtColumns(grid, item)) {
      const cell = cellAt(grid, piece.x + piece.width / 2, piece.y + piece.size * MIDDLE);
      if (!cell) continue;
      owner.get(cell)?.push(piece);
      used.add(item);
    }
  }
  const rows: LatticeCellText[][] = grid.ys.slice(1).map(() => []);
  for (const [cell, pieces] of owner) rows[cell.row]?.push({ ...cell, text: readCell(pieces) });
  rows.forEach((row) => row.sort((a, b) => a.col - b.col));
  return { rows, used };
}

/**
 * pdfjs joins runs on one baseline into one item when they sit close, even across a ruling (LibreOffice's header
 * row "本年制发件数 本年废止件数 现行有效件数" comes as one item): such an item is cut where the column lines
 * fall, each character placed by its share of the item's width (a CJK character is a full em, others about half).
 */
function splitAtColumns(grid: LatticeGrid, item: PdfTextItem): PdfTextItem[] {
  const end = item.x + item.width;
  if (!grid.xs.some((x) => x > item.x + EDGE && x < end - EDGE)) return [item];
  const chars = [...item.text];
  const ems = chars.map((char) => (CJK.test(char) ? 1 : HALF_EM));
  const unit = item.width / Math.max(ems.reduce((sum, em) => sum + em, 0), 1e-6);
  const pieces: PdfTextItem[] = [];
  let x = item.x;
  let column = -1;
  chars.forEach((char, index) => {
    const width = (ems[index] ?? 0) * unit;
    const at = grid.xs.findIndex((boundary) => boundary > x + width / 2);
    const last = pieces.at(-1);
    if (last && at === column) {
      last.text += char;
      last.width = x + width - last.x;
    } else pieces.push({ ...item, text: char, x, width });
    column = at;
    x += width;
  });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

function cellAt(grid: LatticeGrid, x: number, y: number): LatticeCell | undefined {
  return grid.cells.find((cell) => x >= cell.left && x <= cell.right && y <= cell.top && y >= cell.bottom);
}

/** Lines top to bottom, pieces left to right; CJK text runs on without spaces, Latin words keep theirs. */
function readCell(pieces: readonly PdfTextItem[]): string {
  const lines: PdfTextItem[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && first.y - piece.y < SAME_LINE * Math.max(first.size, piece.size)) line.push(piece);
    else lines.push([piece]);
  }
  return lines
    .map((line) => line.sort((a, b) => a.x - b.x))
    .map((line) =>
      line.reduce((text, piece, index) => {
        const before = line[index - 1];
        const gap = before ? piece.x - (before.x + before.width) : 0;
        return join(text, piece.text.trim(), gap > SPACE_GAP * piece.size);
      }, ''),
    )
    .reduce((text, line) => join(text, line, true), '');
}

/** Two runs of text, with a space between them only where the gap asks for one and neither side is CJK. */
function join(left: string, right: string, gap: boolean): string {
  if (left === '' || right === '') return left + right;
  const spaced = gap && !CJK.test(left.at(-1) ?? '') && !CJK.test(right[0] ?? '');
  return spaced ? `${left} ${right}` : left + right;
}
