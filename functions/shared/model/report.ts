import * as z from 'zod';
import { type Finding, findingSchema, provenanceSchema } from './finding.js';
import {
  SECTION_IDS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TEMPLATE_VERSIONS,
} from './template.js';

/** A count from a table, or null when the report left the cell blank (never read as 0). */
export const cellSchema = z.number().nonnegative().nullable();
/** A Table 二 value: 本年增/减 may be negative, amounts fractional; still null when blank. */
export const signedCellSchema = z.number().nullable();

export const table3RowSchema = z.record(z.enum(TABLE3_COLUMNS), cellSchema); // every column present
/** Rows the reader could read; a row with a shape error is absent (and an S-SHAPE finding says why). */
export const table3Schema = z.partialRecord(z.enum(TABLE3_ROWS), table3RowSchema);
export type Table3 = z.infer<typeof table3Schema>;
export type Table3Cells = z.infer<typeof table3RowSchema>;

export const table4GroupSchema = z.record(z.enum(TABLE4_COLUMNS), cellSchema);
export const table4Schema = z.partialRecord(z.enum(TABLE4_GROUPS), table4GroupSchema);
export type Table4 = z.infer<typeof table4Schema>;

export const table2Schema = z.object({
  rows: z.partialRecord(z.enum(TABLE2_ROWS), z.partialRecord(z.enum(TABLE2_COLUMNS), signedCellSchema)),
  /** Sub-rows some districts add (行政检查, 行政确认 …): kept as read, checked by no rule. */
  extraRows: z.array(z.object({ label: z.string(), cells: z.array(signedCellSchema) })),
});
export type Table2 = z.infer<typeof table2Schema>;

export const paragraphSchema = z.object({
  text: z.string(),
  /** The section (一…六) the paragraph stands in, when known. */
  section: z.enum(SECTION_IDS).optional(),
  at: provenanceSchema,
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/**
 * How OCR read a number of a scanned report: how sure the recogniser was (0 … 1), and the cell's other reading
 * (digits only, or the cell's crop read again larger) when there is one.
 */
export const ocrReadingSchema = z.object({
  confidence: z.number().min(0).max(1),
  alternative: z.number().optional(),
});
export type OcrReading = z.infer<typeof ocrReadingSchema>;

/**
 * A number OCR read less surely than this (its least sure digit's share among the digits) may be misread: the OCR
 * reader reads it again, and OCR-UNSURE doubts it. On the corpus's scans (corpus/ocr/) every misread digit scored
 * below it; a printed digit read right scores 0.95 and up.
 */
export const SURE_READING = 0.9;

/**
 * A report as the reader found it. Tables are absent when the report has none (S-TABLE-MISSING);
 * cells are keyed as in template.ts; `cells` maps `三/received/total` style ids to provenance.
 */
export const readReportSchema = z.object({
  file: z.string(),
  title: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(TEMPLATE_VERSIONS).nullable(),
  sections: z.array(z.enum(SECTION_IDS)),
  paragraphs: z.array(paragraphSchema),
  table2: table2Schema.optional(),
  table3: table3Schema.optional(),
  table4: table4Schema.optional(),
  cells: z.record(z.string(), provenanceSchema),
  /** Set for a report read by OCR: each number's reading, by the same ids as `cells`. */
  ocr: z.record(z.string(), ocrReadingSchema).optional(),
  /** Structural findings (S-*) from reading. */
  findings: z.array(findingSchema),
});
export type ReadReport = z.infer<typeof readReportSchema>;

/** The id `cells` uses for a cell's provenance: table, row key, column key. */
export function cellId(table: '二' | '三' | '四', row: string, column: string): string {
  return `${table}/${row}/${column}`;
}

/** What the reader returns: a wrong report is data, never an exception. */
export type ReadResult =
  | { status: 'parsed'; report: ReadReport }
  | { status: 'rejected'; findings: [Finding, ...Finding[]] };

/** Sums cells, or null when any is missing: a blank cell makes the sum unknown, never 0. */
export function sumOrNull(cells: readonly (number | null | undefined)[]): number | null {
  let total = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined) return null;
    total += cell;
  }
  return total;
}
