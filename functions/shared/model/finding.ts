import * as z from 'zod';
import { TABLE_IDS } from './template.js';

/** Every rule id the reader and the rules give. Ids are stable: stored findings, emails and the CLI use them. */
export const RULE_IDS = [
  'S-FORMAT',
  'S-TEMPLATE',
  'S-TABLE-MISSING',
  'S-SHAPE',
  'S-MULTIPLE',
  'S-VALUE',
  'S-BLANK',
  'S-VERSION-YEAR',
  'S-YEAR',
  'S-POSITIONAL',
  'S-SECTIONS',
  'S-AGENCY',
  'OCR-UNSURE',
  'T3-ROW-TOTAL',
  'T3-HANDLED-SUM',
  'T3-BALANCE',
  'T4-GROUP-TOTAL',
  'X-CARRY',
  'X-STOCK',
  'D-SAME-AS-LAST-YEAR',
  'D-SAME-AS-AGENCY',
  'N-RECEIVED',
  'N-HANDLED',
  'N-REVIEW',
  'N-PARTS',
  'N-PERCENT',
  'N-PLACEHOLDER',
  'N-YEAR',
  'N-CONFLICT',
] as const;
export const ruleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

/** Where a number or a sentence came from: a line of a text file, or a cell of a real (Word, HTML, PDF) table. */
export const provenanceSchema = z.object({
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  table: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  cell: z.number().int().nonnegative().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One thing wrong with a report, located as precisely as the rule can. */
export const findingSchema = z.object({
  rule: ruleIdSchema,
  severity: severitySchema,
  table: z.enum(TABLE_IDS).optional(),
  row: z.string().optional(),
  /** Every row key a finding about several rows names (an S-SHAPE cause shared by rows); `row` is set when it is one. */
  rows: z.array(z.string()).optional(),
  /** The row's label, or how the message names the rows of `rows`. */
  rowLabel: z.string().optional(),
  column: z.string().optional(),
  columnLabel: z.string().optional(),
  expected: z.number().optional(),
  actual: z.number().nullable().optional(),
  /** Chinese, for the agency's clerk: what is wrong and what to fix. */
  message: z.string().min(1),
  /** The sentence or cell text the finding is about, capped in length. */
  excerpt: z.string().optional(),
  at: provenanceSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** The row keys a finding names: its `rows`, else its `row`. */
export function rowsOf(f: Finding): readonly string[] {
  return f.rows ?? (f.row === undefined ? [] : [f.row]);
}

/**
 * What an S-SHAPE finding says is wrong, told by its fields (functions/parse/template/shape-groups.ts builds them):
 * `count`, rows (or Table 四 as a whole) read with the wrong count of numbers; `none`, rows read with no number;
 * `missing`, template rows not found (no number and, nothing being read, no `at`); `unplaced`, rows that fit no template row
 * (no template key, so no `expected`); `other`, anything else (（六）其他处理 given both ways).
 */
export type ShapeCause = 'count' | 'none' | 'missing' | 'unplaced' | 'other';

export function shapeCause(f: Finding): ShapeCause | null {
  if (f.rule !== 'S-SHAPE') return null;
  if (typeof f.actual !== 'number') return 'other';
  if (f.expected === undefined) return 'unplaced';
  if (f.actual > 0) return 'count';
  return f.at === undefined ? 'missing' : 'none';
}

/** A rule that could not run on this report, and why (the CLI's `skipped`). */
export const skippedSchema = z.object({ rule: ruleIdSchema, reason: z.string().min(1) });
export type Skipped = z.infer<typeof skippedSchema>;

/** The severity each rule always carries, so no module can disagree with the catalog. */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'S-FORMAT': 'error',
  'S-TEMPLATE': 'error',
  'S-TABLE-MISSING': 'error',
  'S-SHAPE': 'error',
  'S-MULTIPLE': 'error',
  'S-VALUE': 'error',
  'S-BLANK': 'warning',
  'S-VERSION-YEAR': 'error',
  'S-YEAR': 'warning',
  'S-POSITIONAL': 'warning',
  'S-SECTIONS': 'warning',
  'S-AGENCY': 'warning',
  'OCR-UNSURE': 'warning',
  'T3-ROW-TOTAL': 'error',
  'T3-HANDLED-SUM': 'error',
  'T3-BALANCE': 'error',
  'T4-GROUP-TOTAL': 'error',
  'X-CARRY': 'error',
  'X-STOCK': 'warning',
  'D-SAME-AS-LAST-YEAR': 'warning',
  'D-SAME-AS-AGENCY': 'warning',
  'N-RECEIVED': 'warning',
  'N-HANDLED': 'warning',
  'N-REVIEW': 'warning',
  'N-PARTS': 'warning',
  'N-PERCENT': 'warning',
  'N-PLACEHOLDER': 'warning',
  'N-YEAR': 'warning',
  'N-CONFLICT': 'warning',
};

/** Builds a finding with the catalog's severity for its rule. */
export function finding(rule: RuleId, fields: Omit<Finding, 'rule' | 'severity'>): Finding {
  return { rule, severity: RULE_SEVERITY[rule], ...fields };
}
