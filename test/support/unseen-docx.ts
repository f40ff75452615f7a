import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PdfBlock } from './pdf-report-builder.js';
import { toDocx } from './report-fixtures-html-docx.js';

/**
 * Builds an unseen .docx fixture at test time from its `<slug>.blocks.json` (paragraphs and tables with real
 * row and column spans), so the repository holds no binary Word file.
 */
const cellSchema = z.object({
  text: z.string(),
  col: z.number().int().nonnegative(),
  colSpan: z.number().int().positive().optional(),
  rowSpan: z.number().int().positive().optional(),
});
const blockSchema = z.union([
  z.object({ kind: z.literal('text'), text: z.string(), center: z.boolean().optional() }),
  z.object({ kind: z.literal('table'), widths: z.array(z.number()), rows: z.array(z.array(cellSchema)) }),
]);

export async function buildUnseenDocx(blocksPath: string): Promise<Uint8Array> {
  const blocks: PdfBlock[] = z.array(blockSchema).parse(JSON.parse(readFileSync(blocksPath, 'utf8')));
  return toDocx(blocks);
}
