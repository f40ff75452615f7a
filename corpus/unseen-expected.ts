import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Finding } from '../functions/shared/model/finding.js';
import { ruleIdSchema } from '../functions/shared/model/finding.js';

/**
 * What a careful reader finds in one fixture of test/fixtures/unseen (its `.expected.json`): the report's
 * identity, every error with its numbers, the warnings that must appear, and the numbers of Table 三 and 四.
 */
const cellSchema = z.number().nullable();
const expectedFindingSchema = z.object({
  /** One rule, or the rules a correct reader may choose between (S-SHAPE or S-VALUE for an ambiguous row). */
  rule: z.union([ruleIdSchema, z.array(ruleIdSchema).min(1)]),
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  expected: z.number().optional(),
  actual: z.number().nullable().optional(),
  /** A substring of the finding's excerpt (narrative rules). */
  excerpt: z.string().optional(),
});
export type ExpectedFinding = z.infer<typeof expectedFindingSchema>;

export const expectedReportSchema = z.object({
  description: z.string(),
  agency: z.string(),
  year: z.number().int(),
  /** null for a report on neither template (S-TEMPLATE). */
  template: z.enum(['2019', '2021']).nullable(),
  /** The slug of the same agency's report for the year before, checked with this one (X-CARRY, X-STOCK). */
  previous: z.string().optional(),
  errors: z.array(expectedFindingSchema),
  warnings: z.array(expectedFindingSchema),
  /** Rules a correct reader may also report here (either severity): neither required nor a false alarm. */
  mayAlsoFind: z.array(ruleIdSchema).optional(),
  table3: z.record(z.string(), z.record(z.string(), cellSchema)).optional(),
  table4: z.record(z.string(), z.record(z.string(), cellSchema)).optional(),
});
export type ExpectedReport = z.infer<typeof expectedReportSchema>;

export function loadExpected(path: string): ExpectedReport {
  return expectedReportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

function matches(found: Finding, wanted: ExpectedFinding): boolean {
  const rules = Array.isArray(wanted.rule) ? wanted.rule : [wanted.rule];
  if (!rules.includes(found.rule)) return false;
  const keys = ['table', 'row', 'column', 'expected', 'actual'] as const;
  if (keys.some((key) => wanted[key] !== undefined && wanted[key] !== found[key])) return false;
  return wanted.excerpt === undefined || (found.excerpt ?? '').includes(wanted.excerpt);
}

const show = (f: Finding | ExpectedFinding): string =>
  [f.rule, f.table, f.row, f.column, f.expected, f.actual].filter((part) => part !== undefined).join(' ');

/**
 * Every way the findings differ from the fixture's expectation, one line each (empty when they agree): an expected
 * error or warning that is missing, an error nobody expected, and a warning of a rule the fixture does not list.
 */
export function findingProblems(findings: readonly Finding[], expected: ExpectedReport): string[] {
  const judged = findings.filter((f) => !expected.mayAlsoFind?.includes(f.rule));
  const errors = judged.filter((f) => f.severity === 'error');
  const warnings = judged.filter((f) => f.severity === 'warning');
  const missing = [...expected.errors, ...expected.warnings]
    .filter((wanted) => !findings.some((found) => matches(found, wanted)))
    .map((wanted) => `missing: ${show(wanted)}`);
  const unexpectedErrors = errors
    .filter((found) => !expected.errors.some((wanted) => matches(found, wanted)))
    .map((found) => `unexpected error: ${show(found)} (${found.message})`);
  const listedWarningRules = new Set(expected.warnings.flatMap((w) => (Array.isArray(w.rule) ? w.rule : [w.rule])));
  const unexpectedWarnings = warnings
    .filter((found) => !listedWarningRules.has(found.rule))
    .map((found) => `unexpected warning: ${show(found)} (${found.message})`);
  return [...missing, ...unexpectedErrors, ...unexpectedWarnings];
}
