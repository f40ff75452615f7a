import * as z from 'zod';
import type { OcrPage } from '../parse/formats/ocr/ocr-page.js';
import { objectRefSchema } from '../shared/model/stored-report.js';

/**
 * What parse asks the OCR function: the upload to read and what it is, a PDF or an image file (.jpg, .png, or a TIFF
 * of one or more pages: formats/ocr/page-images.ts tells them apart by their bytes). The function reads the object
 * itself, since a scan may be larger than the 6 MB a synchronous invocation's payload holds.
 */
export const ocrRequestSchema = objectRefSchema.extend({ kind: z.enum(['pdf', 'image']) });
export type OcrRequest = z.infer<typeof ocrRequestSchema>;

const latticeCellSchema = z.object({
  row: z.number(),
  col: z.number(),
  rowSpan: z.number(),
  colSpan: z.number(),
  left: z.number(),
  right: z.number(),
  top: z.number(),
  bottom: z.number(),
});

const pdfPageSchema = z.object({
  number: z.number(),
  height: z.number(),
  items: z.array(z.object({ text: z.string(), x: z.number(), y: z.number(), width: z.number(), size: z.number() })),
  grids: z.array(z.object({ xs: z.array(z.number()), ys: z.array(z.number()), cells: z.array(latticeCellSchema) })),
});

/** Pages of positioned words: tens of kB a page, far below the 6 MB a synchronous reply may hold. */
const ocrPagesSchema: z.ZodType<OcrPage[]> = z.array(
  z.object({
    page: pdfPageSchema,
    cells: z.array(
      z.object({
        grid: z.number(),
        cell: latticeCellSchema,
        text: z.string(),
        confidence: z.number(),
        alternative: z.string().optional(),
      }),
    ),
    words: z.array(
      z.object({ text: z.string(), confidence: z.number(), alternative: z.string().optional(), x: z.number(), y: z.number() }),
    ),
    degrees: z.number(),
  }),
);

/** What OCR of a scan answers: the pages, or why the scan cannot be read (Chinese, for the agency). */
export const ocrReplySchema = z.union([z.object({ pages: ocrPagesSchema }), z.object({ unreadable: z.string().min(1) })]);
export type OcrReply = z.infer<typeof ocrReplySchema>;

/**
 * The OCR function's answer: OCR's, or that the function could not fetch the upload (English, for operators): a
 * fault of the infrastructure, which parse retries rather than blaming the scan.
 */
export const ocrFunctionReplySchema = z.union([...ocrReplySchema.options, z.object({ unavailable: z.string().min(1) })]);
export type OcrFunctionReply = z.infer<typeof ocrFunctionReplySchema>;
