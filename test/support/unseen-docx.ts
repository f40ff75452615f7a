import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { z } from 'zod';

/**
 * Builds an unseen .docx fixture at test time from its `<slug>.blocks.json`, so the repository holds no binary Word
 * file. As agencies' Word files are: merged cells are real row and column spans, a cell's text may be several
 * paragraphs (`结\n果\n维\n持`, `（三）不予\n公开`), a number may have been changed with Track Changes on (the old
 * text stays in the file as a deletion), and every page has a running header and a page-number footer.
 */
const cellSchema = z.object({
  text: z.string(),
  col: z.number().int().nonnegative(),
  colSpan: z.number().int().positive().optional(),
  rowSpan: z.number().int().positive().optional(),
  /** Text deleted with Track Changes on: kept in the file as `w:del`, `text` being the inserted replacement. */
  deleted: z.string().optional(),
});
const blockSchema = z.union([
  z.object({ kind: z.literal('text'), text: z.string(), center: z.boolean().optional() }),
  z.object({ kind: z.literal('table'), widths: z.array(z.number()), rows: z.array(z.array(cellSchema)) }),
]);
type Block = z.infer<typeof blockSchema>;

const paragraphs = (text: string): Paragraph[] => text.split('\n').map((line) => new Paragraph(line));

let revision = 0;
/** A cell's paragraphs; a tracked change is the old text deleted and the new one inserted by the same clerk. */
function cellBody({ text, deleted }: z.infer<typeof cellSchema>): Paragraph[] {
  if (deleted === undefined) return paragraphs(text);
  const change = { author: '办公室', date: '2022-01-18T09:30:00Z' };
  const runs = [
    new DeletedTextRun({ text: deleted, id: (revision += 1), ...change }),
    new InsertedTextRun({ text, id: (revision += 1), ...change }),
  ];
  return [new Paragraph({ children: runs })];
}

function table(rows: z.infer<typeof cellSchema>[][]): Table {
  return new Table({
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [...row]
            .sort((a, b) => a.col - b.col)
            .map(
              (cell) =>
                new TableCell({ children: cellBody(cell), columnSpan: cell.colSpan, rowSpan: cell.rowSpan }),
            ),
        }),
    ),
  });
}

function body(block: Block): Paragraph | Table {
  if (block.kind === 'table') return table(block.rows);
  if (!block.center) return new Paragraph(block.text);
  return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });
}

export async function buildUnseenDocx(blocksPath: string): Promise<Uint8Array> {
  const blocks = z.array(blockSchema).parse(JSON.parse(readFileSync(blocksPath, 'utf8')));
  const title = blocks.find((block) => block.kind === 'text' && block.center);
  const running = title?.kind === 'text' ? title.text : '';
  const header = new Header({ children: [new Paragraph({ text: running, alignment: AlignmentType.RIGHT })] });
  const pageNumber = new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] });
  const footer = new Footer({ children: [new Paragraph({ children: [pageNumber], alignment: AlignmentType.CENTER })] });
  const document = new Document({
    sections: [{ headers: { default: header }, footers: { default: footer }, children: blocks.map(body) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
