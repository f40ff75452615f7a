import type { Block, BlockSink, TableBlock, WordCell } from './blocks.js';
import type { DocxBudget } from './budget.js';
import type { Numbering } from './numbering.js';
import { isHeading, NumberReader, type NumberReference, type ParagraphStyle } from './styles.js';
import type { XmlHandler } from './xml-stream.js';
import { MAX_COLSPAN } from '../html/table.js';

/**
 * Elements whose content is read. Anything else is passed over with all it holds, as Word's readers do with what
 * they do not know: deleted text (w:del, w:moveFrom), pictures (w:drawing), one branch of mc:AlternateContent
 * (mc:Choice, read as its mc:Fallback), section and table settings, tracked property changes (w:pPrChange),
 * content-control settings (w:sdtPr), maths.
 */
const READ = new Set([
  'w:document', 'w:body', 'w:footnotes', 'w:footnote', 'w:endnotes', 'w:endnote',
  'w:p', 'w:pPr', 'w:rPr', 'w:numPr', 'w:r', 'w:t', 'w:instrText', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo',
  'w:tbl', 'w:tr', 'w:trPr', 'w:tc', 'w:tcPr',
  'mc:AlternateContent', 'mc:Fallback', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo',
  // VML text boxes (the mc:Fallback of a DrawingML one), read after the paragraph that anchors them
  'w:pict', 'w:object', 'v:group', 'v:shape', 'v:rect', 'v:roundrect', 'v:textbox', 'w:txbxContent',
]);

/** Characters a run element stands for. */
const CHARACTERS: Record<string, string> = { 'w:tab': '\t', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00ad' };

const HYPERLINK_FIELD = /^\s*HYPERLINK\s/;

interface Paragraph {
  sink: BlockSink;
  /** Lines ended by a line break, and the line being written. */
  lines: { text: string; unlinked: string }[];
  text: string;
  unlinked: string;
  /** Text boxes anchored in the paragraph: read after it. */
  boxes: Block[];
  style?: string;
  numbering?: NumberReference;
  /** The paragraph mark is a deleted tracked change: its text runs on into the next paragraph. */
  markDeleted: boolean;
}

interface Table {
  rows: WordCell[][];
  row?: { cells: WordCell[]; deleted: boolean; cell?: WordCell };
}

/** A complex field (w:fldChar begin … separate … end): its instruction, and whether it links its result. */
interface Field {
  instruction: string;
  link: boolean;
}

/** Which notes the body refers to, in order of first reference; a key is `footnote:1` or `endnote:2`. */
export type NoteReferences = Set<string>;

/**
 * Reads WordprocessingML (the document body, or a notes part) as it streams into blocks for `sink`: each
 * paragraph's lines (split at line breaks, with the list number Word draws written in front) when the paragraph
 * ends, each table when it ends. Tracked changes read as accepted (insertions in; deletions, deleted rows and
 * deleted paragraph marks out), hidden text (w:vanish) and field instructions left out, a field's result kept.
 */
export class BodyReader implements XmlHandler {
  /** The names of the open elements. */
  private readonly elements: string[] = [];
  /** While set, the open elements deeper than this are passed over. */
  private skipBelow: number | undefined;
  private readonly sinks: BlockSink[];
  private readonly paragraphs: Paragraph[] = [];
  /** A paragraph whose mark was deleted, waiting to run on into the next one. */
  private carried: Paragraph | undefined;
  private readonly tables: Table[] = [];
  private readonly fields: Field[] = [];
  /** Each open w:hyperlink: whether it links anywhere (a target or an anchor). */
  private readonly links: boolean[] = [];
  /** The run properties being read hide the run (w:vanish). */
  private hidden = false;
  private readonly numbers = new NumberReader();
  /** The note being read in a notes part, and the notes read, by key. */
  private note: { key: string; blocks: Block[] } | undefined;
  readonly notes = new Map<string, Block[]>();
  /** Whether the part had a w:body: a main document without one is not a Word document. */
  sawBody = false;

  constructor(
    sink: BlockSink,
    private readonly styles: ReadonlyMap<string, ParagraphStyle>,
    private readonly numbering: Numbering,
    private readonly budget: DocxBudget,
    readonly references: NoteReferences = new Set(),
  ) {
    this.sinks = [sink];
  }

  open(name: string, attributes: Record<string, string>): void {
    const parent = this.elements.at(-1) ?? '';
    this.elements.push(name);
    if (this.skipBelow !== undefined) return;
    if (!READ.has(name) || !this.opens(name, attributes, parent)) {
      this.leaf(name, attributes, parent);
      this.skipBelow = this.elements.length - 1;
    }
  }

  close(name: string): void {
    this.elements.pop();
    if (this.skipBelow !== undefined) {
      if (this.elements.length <= this.skipBelow) this.skipBelow = undefined;
      return;
    }
    this.closes(name);
  }

  text(data: string): void {
    if (this.skipBelow !== undefined) return;
    const element = this.elements.at(-1);
    if (element === 'w:t') this.write(data);
    else if (element === 'w:instrText') {
      const field = this.fields.at(-1);
      if (field) field.instruction += data;
    }
  }

  /** Starts a container element; false when it cannot stand where it is and is passed over instead. */
  private opens(name: string, attributes: Record<string, string>, parent: string): boolean {
    const paragraph = this.paragraphs.at(-1);
    const table = this.tables.at(-1);
    switch (name) {
      case 'w:body':
        this.sawBody = true;
        return true;
      case 'w:footnote':
      case 'w:endnote': {
        const key = `${name.slice(2)}:${attributes['w:id'] ?? ''}`;
        if (!this.references.has(key)) return false; // separators, and notes nothing refers to
        this.note = { key, blocks: [] };
        this.sinks.push({ add: (block) => this.note?.blocks.push(block) });
        return true;
      }
      case 'w:p':
        this.budget.spend('paragraphs');
        this.paragraphs.push(this.paragraph());
        return true;
      case 'w:numPr':
        if (parent === 'w:pPr' && paragraph) this.numbers.start();
        return true;
      case 'w:rPr':
        this.hidden = false;
        return true;
      case 'w:hyperlink':
        this.links.push(attributes['r:id'] !== undefined || attributes['w:anchor'] !== undefined);
        return true;
      case 'w:pict':
      case 'w:object':
        if (!paragraph) return false;
        this.sinks.push({ add: (block) => paragraph.boxes.push(block) });
        return true;
      case 'w:tbl':
        this.tables.push({ rows: [] });
        return true;
      case 'w:tr':
        if (!table) return false;
        table.row = { cells: [], deleted: false };
        return true;
      case 'w:tc': {
        if (!table?.row) return false;
        const cell: WordCell = { blocks: [], colspan: 1, continued: false };
        table.row.cell = cell;
        this.sinks.push({ add: (block) => cell.blocks.push(block) });
        return true;
      }
      default:
        return true;
    }
  }

  /** An element whose content is not read: some stand for text or set a property of what holds them. */
  private leaf(name: string, attributes: Record<string, string>, parent: string): void {
    const value = attributes['w:val'];
    const paragraph = this.paragraphs.at(-1);
    const cell = this.tables.at(-1)?.row?.cell;
    if (this.numbers.take(name, attributes)) return;
    if (name in CHARACTERS) this.write(CHARACTERS[name] ?? '');
    else if (name === 'w:br') {
      const type = attributes['w:type'];
      if (paragraph && (type === undefined || type === 'textWrapping')) this.breakLine(paragraph);
    } else if (name === 'w:fldChar') this.fieldChar(attributes['w:fldCharType']);
    else if (name === 'w:footnoteReference' || name === 'w:endnoteReference') {
      this.references.add(`${name.slice(2, -9)}:${attributes['w:id'] ?? ''}`);
    } else if (name === 'w:vanish' && parent === 'w:rPr') {
      this.hidden = value === undefined || value === 'true' || value === '1' || value === 'on';
    } else if (name === 'w:pStyle' && parent === 'w:pPr' && paragraph) paragraph.style ??= value;
    else if (name === 'w:del' && parent === 'w:rPr' && this.elements.at(-3) === 'w:pPr' && paragraph) {
      paragraph.markDeleted = true;
    } else if (name === 'w:del' && parent === 'w:trPr') {
      const row = this.tables.at(-1)?.row;
      if (row) row.deleted = true;
    } else if (name === 'w:gridSpan' && parent === 'w:tcPr' && cell) {
      const span = Number.parseInt(value ?? '', 10);
      cell.colspan = Number.isNaN(span) || span < 1 ? 1 : Math.min(span, MAX_COLSPAN);
    } else if (name === 'w:vMerge' && parent === 'w:tcPr' && cell) {
      cell.continued = !value || value === 'continue';
    }
  }

  private closes(name: string): void {
    const sink = (): BlockSink => this.sinks.at(-1) ?? { add: () => undefined };
    switch (name) {
      case 'w:footnote':
      case 'w:endnote':
        this.sinks.pop();
        if (this.note) this.notes.set(this.note.key, this.note.blocks);
        this.note = undefined;
        return;
      case 'w:p':
        return this.endParagraph();
      case 'w:numPr': {
        const paragraph = this.paragraphs.at(-1);
        const numbering = this.numbers.end();
        if (paragraph && numbering) paragraph.numbering ??= numbering;
        return;
      }
      case 'w:pPr': {
        const paragraph = this.paragraphs.at(-1);
        if (!paragraph) return;
        const number = this.numbering.next(paragraph.numbering, paragraph.style);
        if (number) this.write(number);
        return;
      }
      case 'w:rPr':
        // A hidden run's content is passed over up to the run's end.
        if (this.hidden && this.elements.at(-1) === 'w:r') this.skipBelow = this.elements.length - 1;
        this.hidden = false;
        return;
      case 'w:hyperlink':
        this.links.pop();
        return;
      case 'w:pict':
      case 'w:object':
        this.sinks.pop();
        return;
      case 'w:tc': {
        this.sinks.pop();
        const row = this.tables.at(-1)?.row;
        if (!row?.cell) return;
        this.budget.spend('gridCells', row.cell.colspan);
        row.cells.push(row.cell);
        row.cell = undefined;
        return;
      }
      case 'w:tr': {
        const table = this.tables.at(-1);
        if (table?.row && !table.row.deleted) table.rows.push(table.row.cells);
        if (table) table.row = undefined;
        return;
      }
      case 'w:tbl': {
        const table = this.tables.pop();
        if (table) sink().add({ kind: 'table', rows: table.rows } satisfies TableBlock);
        return;
      }
    }
  }

  private paragraph(): Paragraph {
    const sink = this.sinks.at(-1) ?? { add: () => undefined };
    const carried = this.carried;
    this.carried = undefined;
    if (carried) return { ...carried, sink, markDeleted: false, style: undefined, numbering: undefined };
    return { sink, lines: [], text: '', unlinked: '', boxes: [], markDeleted: false };
  }

  private endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    if (paragraph.markDeleted) {
      this.carried = paragraph;
      return;
    }
    const heading = isHeading(this.styles, paragraph.style);
    for (const { text, unlinked } of [...paragraph.lines, paragraph]) {
      if (text) paragraph.sink.add({ kind: 'line', text, unlinked, heading });
    }
    paragraph.boxes.forEach((block) => paragraph.sink.add(block));
  }

  private breakLine(paragraph: Paragraph): void {
    paragraph.lines.push({ text: paragraph.text, unlinked: paragraph.unlinked });
    paragraph.text = paragraph.unlinked = '';
  }

  private write(text: string): void {
    const paragraph = this.paragraphs.at(-1);
    if (!paragraph) return;
    this.budget.spend('characters', text.length);
    paragraph.text += text;
    if (!this.links.some(Boolean) && !this.fields.some((field) => field.link)) paragraph.unlinked += text;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ instruction: '', link: false });
    else if (type === 'end') this.fields.pop();
    else if (type === 'separate') {
      const field = this.fields.at(-1);
      if (field) field.link = HYPERLINK_FIELD.test(field.instruction);
    }
  }
}
