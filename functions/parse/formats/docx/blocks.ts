/**
 * A Word document as the reader keeps it between its XML and the rows: paragraphs' lines and tables, each table
 * held only until it is placed (at its end when it stands in the body), never the document as a whole.
 */

/** One line of a paragraph (a line break starts the next): its raw text, and the part of it outside links. */
export interface Line {
  kind: 'line';
  text: string;
  unlinked: string;
  /** In a heading paragraph (标题 1 …), whose text is never navigation. */
  heading: boolean;
}

/** A table cell (w:tc) as written: its content, the grid columns it spans, and whether a vMerge continues it. */
export interface WordCell {
  blocks: Block[];
  colspan: number;
  continued: boolean;
}

/** A table's rows (deleted rows left out), each its cells in order. */
export interface TableBlock {
  kind: 'table';
  rows: WordCell[][];
}

export type Block = Line | TableBlock;

/** Where a finished block goes: the body's rows, a cell, a paragraph's text boxes, a note. */
export interface BlockSink {
  add(block: Block): void;
}
