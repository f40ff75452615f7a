import * as z from 'zod';
import { ruleIdSchema } from './finding.js';

/**
 * A set of cell changes that makes every equation of Table 三 or 四 hold (the CLI's JSON carries it as is):
 * shown to the clerk as the likeliest fix, never applied to the report's numbers.
 */
export const suggestionSchema = z.object({
  table: z.enum(['三', '四']),
  changes: z
    .array(z.object({ row: z.string(), column: z.string(), actual: z.number(), proposed: z.number() }))
    .min(1),
  /** The rules whose failures it removes. */
  explains: z.array(ruleIdSchema),
  /** True when no other fix is as likely; several equally likely fixes are each listed with false. */
  unique: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
