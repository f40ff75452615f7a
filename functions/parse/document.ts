import type { Provenance } from '../shared/model/finding.js';
import type { OcrReading } from '../shared/model/report.js';

/**
 * What every format reader hands to the one shared step that finds the template's rows by label.
 * A text line becomes a row of the cells the layout shows (one cell for a one-cell-per-line file or a
 * paragraph; several for pipe, tab, markdown or space-aligned rows); a real table row (.docx, .html, .pdf)
 * becomes a row of its cells, with `table` set.
 */
export interface DocCell {
  /** The cell's text, trimmed; '' for an empty cell (a merged-cell placeholder or a blank value). */
  text: string;
  at: Provenance;
  /**
   * Set by the real-table readers (.docx, .html) at a grid position a colspan or rowspan covers: layout filler
   * whose text stands in the cell the span starts at, never a blank value.
   */
  merged?: true;
  /** Set by the OCR reader (formats/ocr/): how sure it is of the text, and the other number it could be. */
  ocr?: OcrReading;
}

export interface DocRow {
  cells: DocCell[];
  /** Index of the real table the row belongs to; absent for text lines and paragraphs. */
  table?: number;
}

export interface DocumentRows {
  rows: DocRow[];
}
