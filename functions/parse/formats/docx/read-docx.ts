import type { DocumentRows } from '../../document.js';
import { BodyReader } from './body-reader.js';
import { DocxBudget, type DocxBudgetLimits } from './budget.js';
import { DEFAULT_BUDGETS } from '../budgets.js';
import { Numbering } from './numbering.js';
import { RowPlacer } from './place.js';
import { readStyles } from './styles.js';
import { streamXml } from './xml-stream.js';
import { NOT_DOCX, openDocxZip } from './zip.js';
import { UnreadableFileError } from '../unreadable.js';

export interface DocxLimits extends Partial<DocxBudgetLimits> {
  /** Ceiling on the sum of the parts' uncompressed sizes. @default 50 MB */
  maxUncompressedBytes?: number;
}

const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 2 ** 20;
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml'];

/**
 * Reads a .docx report: checks and inflates the zip first (old .doc, truncated, corrupt, over the size cap →
 * UnreadableFileError), then streams word/document.xml into rows as a web page is read (html/rows.ts), tables on
 * their grid with Word's merged cells (gridSpan, vMerge) as spans, within a budget of elements, paragraphs, cells
 * and characters (budget.ts). Notes the body refers to follow it; headers and footers are not read.
 */
export async function readDocx(bytes: Uint8Array, limits: DocxLimits = {}): Promise<DocumentRows> {
  const { maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES, ...budgetLimits } = limits;
  const zip = openDocxZip(bytes, maxUncompressedBytes);
  const budget = new DocxBudget({ ...DEFAULT_BUDGETS.docx, ...budgetLimits });
  const styles = readStyles(zip.parts.get('word/styles.xml'), budget);
  const numbering = Numbering.read(zip.parts.get('word/numbering.xml'), styles, budget);
  const placer = new RowPlacer();
  const body = new BodyReader(placer, styles, numbering, budget);
  streamXml(zip.parts.get('word/document.xml') ?? new Uint8Array(), body, budget);
  if (!body.sawBody) throw new UnreadableFileError(NOT_DOCX);
  if (body.references.size > 0) {
    const notes = new BodyReader(placer, styles, numbering, budget, body.references);
    for (const part of NOTE_PARTS) {
      const xml = zip.parts.get(part);
      if (xml) streamXml(xml, notes, budget);
    }
    for (const key of body.references) notes.notes.get(key)?.forEach((block) => placer.add(block));
  }
  return { rows: placer.rows };
}
