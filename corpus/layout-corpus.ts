import { readdirSync, readFileSync } from 'node:fs';
import { readReport } from '../functions/parse/read-report.js';
import type { Finding } from '../functions/shared/model/finding.js';
import type { ReadReport } from '../functions/shared/model/report.js';
import { checkReport } from '../functions/validate/check-report.js';
import { type ExpectedReport, findingProblems, loadExpected } from './unseen-expected.js';

/**
 * The layout corpus (test/fixtures/layouts, made by its make.sh): list its cases, read and check each one, and judge
 * the outcome against its `.expected.json`, for test/layouts/layout-corpus.test.ts and bench/accuracy.ts alike.
 */
export const LAYOUT_DIR = new URL('../test/fixtures/layouts/', import.meta.url).pathname;

export interface LayoutCase {
  slug: string;
  /** The document's file name (`<slug>.pdf`, `<slug>.txt`). */
  name: string;
  bytes: Uint8Array;
  expected: ExpectedReport;
}

/** Every case of the corpus: a `<slug>.expected.json` beside its one document. */
export function layoutCases(dir = LAYOUT_DIR): LayoutCase[] {
  const files = readdirSync(dir);
  return files
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.replace(/\.expected\.json$/, ''))
    .sort()
    .map((slug) => {
      const name = files.find((file) => file.startsWith(`${slug}.`) && !file.endsWith('.json'));
      if (!name) throw new Error(`layout corpus: no document for ${slug}`);
      return {
        slug,
        name,
        bytes: new Uint8Array(readFileSync(`${dir}${name}`)),
        expected: loadExpected(`${dir}${slug}.expected.json`),
      };
    });
}

export interface CaseOutcome {
  /** The read report, or why it was rejected. */
  report: ReadReport | Error;
  /** The checker's findings, or the rejection's findings (S-FORMAT) when the file was not read. */
  findings: Finding[];
}

export async function readCase(layout: Pick<LayoutCase, 'name' | 'bytes'>): Promise<CaseOutcome> {
  const result = await readReport({ name: layout.name, bytes: layout.bytes });
  if (result.status === 'rejected') {
    return { report: new Error(`rejected: ${result.findings.map((f) => f.message).join('; ')}`), findings: result.findings };
  }
  return { report: result.report, findings: checkReport(result.report).findings };
}

export const ASPECTS = ['identity', 'numbers', 'findings', 'one finding per cause'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Every way the outcome differs from the expectation, one line each, per aspect (all empty: the case is right). */
export function judgeCase(outcome: CaseOutcome, expected: ExpectedReport): Record<Aspect, string[]> {
  return {
    identity: identityProblems(outcome.report, expected),
    numbers: numberProblems(outcome.report, expected),
    findings: findingProblems(outcome.findings, expected),
    'one finding per cause': shapeCountProblems(outcome.findings, expected),
  };
}

function identityProblems(report: ReadReport | Error, expected: ExpectedReport): string[] {
  if (report instanceof Error) return [report.message];
  return (['agency', 'year', 'template'] as const)
    .filter((key) => report[key] !== expected[key])
    .map((key) => `${key}: expected ${expected[key]}, read ${report[key]}`);
}

type Table = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

function numberProblems(report: ReadReport | Error, expected: ExpectedReport): string[] {
  if (!expected.table3 && !expected.table4) return [];
  if (report instanceof Error) return [report.message];
  const compare = (name: string, want: Table | undefined, got: Table | undefined): string[] => {
    if (!want) return [];
    const rows = new Set([...Object.keys(want), ...Object.keys(got ?? {})]);
    return [...rows].flatMap((row) => {
      const columns = new Set([...Object.keys(want[row] ?? {}), ...Object.keys(got?.[row] ?? {})]);
      return [...columns]
        .filter((column) => want[row]?.[column] !== got?.[row]?.[column])
        .map((column) => `${name} ${row} ${column}: printed ${want[row]?.[column]}, read ${got?.[row]?.[column]}`);
    });
  };
  return [
    ...compare('table3', expected.table3, report.table3 as Table | undefined),
    ...compare('table4', expected.table4, report.table4 as Table | undefined),
  ];
}

const rulesOf = (rule: string | readonly string[]): readonly string[] => (typeof rule === 'string' ? [rule] : rule);

/** One structural finding per cause: per table, no more S-SHAPE findings than the expectation lists for it. */
function shapeCountProblems(findings: readonly Finding[], expected: ExpectedReport): string[] {
  const count = (table: string | undefined, list: readonly { rule: string | readonly string[]; table?: string }[]) =>
    list.filter((f) => f.table === table && rulesOf(f.rule).includes('S-SHAPE')).length;
  const tables = new Set(findings.filter((f) => f.rule === 'S-SHAPE').map((f) => f.table));
  return [...tables]
    .filter((table) => count(table, findings) > count(table, expected.errors))
    .map((table) => `table ${table ?? '?'}: ${count(table, findings)} S-SHAPE findings, ${count(table, expected.errors)} expected`);
}

/** S-* errors the expectation does not list: structural errors a correct report would be told it has. */
export function falseStructuralErrors(findings: readonly Finding[], expected: ExpectedReport): Finding[] {
  return findings.filter(
    (found) =>
      found.severity === 'error' &&
      found.rule.startsWith('S-') &&
      !expected.mayAlsoFind?.includes(found.rule) &&
      !expected.errors.some(
        (wanted) =>
          rulesOf(wanted.rule).includes(found.rule) && (wanted.table === undefined || wanted.table === found.table),
      ),
  );
}
