import { z } from 'zod';

/** The CLI's JSON contract (README.md), written out here so the test checks the output, not our own types. */
export const contractSchema = z.strictObject({
  reports: z.array(
    z.strictObject({
      file: z.string(),
      status: z.enum(['ok', 'findings', 'rejected']),
      agency: z.string().nullable(),
      year: z.number().int().nullable(),
      template: z.enum(['2019', '2021']).nullable(),
      findings: z.array(
        z.object({
          rule: z.string().regex(/^(?:[SNTXD][0-9]?|OCR)-[A-Z-]+$/),
          severity: z.enum(['error', 'warning']),
          table: z.enum(['二', '三', '四']).optional(),
          row: z.string().optional(),
          column: z.string().optional(),
          expected: z.number().optional(),
          actual: z.number().nullable().optional(),
          message: z.string().min(1),
          excerpt: z.string().max(122).optional(),
          at: z
            .strictObject(
              Object.fromEntries(['line', 'page', 'table', 'row', 'cell'].map((key) => [key, z.int().min(0).optional()])),
            )
            .optional(),
        }),
      ),
      skipped: z.array(z.strictObject({ rule: z.string(), reason: z.string().min(1) })),
      suggestions: z
        .array(
          z.strictObject({
            table: z.enum(['三', '四']),
            changes: z.array(
              z.strictObject({ row: z.string(), column: z.string(), actual: z.number(), proposed: z.number() }),
            ),
            explains: z.array(z.string()),
            unique: z.boolean(),
          }),
        )
        .optional(),
    }),
  ),
});
