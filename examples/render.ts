import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Row } from './report-model.js';

type Blocks = readonly (string | Row[])[];
export type TextLayout = 'cellPerLine' | 'pipe' | 'tab' | 'markdown' | 'pdfLayout';

/** Columns a string takes in monospaced text: CJK and full-width characters take two. */
const WIDE = /[\u3000-\u9fff\uff00-\uffef]/u;
const displayWidth = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
const isNumber = (cell: string) => /^[+-]?\d[\d.]*$/u.test(cell);

/** As `pdftotext -layout` prints a table: labels at the left margin, numbers right-aligned in columns of spaces. */
function pdfLayout(rows: Row[]): string {
  const split = rows.map((row) => {
    const first = row.findIndex(isNumber);
    const labels = (first < 0 ? row : row.slice(0, first)).filter((cell) => cell !== '').join('  ');
    return { labels, numbers: first < 0 ? [] : row.slice(first) };
  });
  const margin = Math.max(...split.map(({ labels, numbers }) => (numbers.length > 0 ? displayWidth(labels) : 0))) + 2;
  return split
    .map(({ labels, numbers }) => {
      const pad = ' '.repeat(Math.max(0, margin - displayWidth(labels)));
      return numbers.length > 0 ? `${labels}${pad}${numbers.map((cell) => cell.padStart(8)).join('')}` : labels;
    })
    .join('\n');
}

const TEXT_TABLE: Record<TextLayout, (rows: Row[]) => string> = {
  // One cell per line, tab-indented, a blank line between rows (reports copied out of a web page).
  cellPerLine: (rows) => rows.map((row) => row.map((cell) => `\t${cell}`).join('\n')).join('\n\n'),
  pipe: (rows) => rows.map((row) => `${row.join(' | ')} |`).join('\n'),
  tab: (rows) => rows.map((row) => row.join('\t')).join('\n'),
  markdown: (rows) => {
    const width = Math.max(...rows.map((row) => row.length));
    const line = (row: Row) => `| ${[...row, ...Array<string>(width - row.length).fill('')].join(' | ')} |`;
    const [head = [], ...rest] = rows;
    return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
  },
  pdfLayout,
};

export function renderText(blocks: Blocks, layout: TextLayout): string {
  const parts = blocks.map((block) => (typeof block === 'string' ? block : TEXT_TABLE[layout](block)));
  return `${parts.join(layout === 'cellPerLine' ? '\n\n' : '\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const htmlRow = (row: Row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;

export function renderHtml(blocks: Blocks): string {
  const [title, ...rest] = blocks;
  const body = rest.map((block) =>
    typeof block === 'string'
      ? `<p>${escapeHtml(block)}</p>`
      : `<table border="1">\n${block.map(htmlRow).join('\n')}\n</table>`,
  );
  const heading = typeof title === 'string' ? title : '';
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>`;
  return `<!doctype html>\n<html lang="zh-CN">${head}\n<body>\n<h1>${escapeHtml(heading)}</h1>\n${body.join('\n')}\n</body></html>\n`;
}

export async function renderDocx(blocks: Blocks): Promise<Uint8Array> {
  const children = blocks.map((block) =>
    typeof block === 'string'
      ? new Paragraph({ text: block })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.map(
            (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
