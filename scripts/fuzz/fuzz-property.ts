import { READ_FAILED, readReport } from '../../functions/parse/read-report.js';
import { type Finding, findingSchema } from '../../functions/shared/model/finding.js';
import { readReportSchema } from '../../functions/shared/model/report.js';
import { checkReport, RULE_CRASHED } from '../../functions/validate/check-report.js';
import type { FuzzFile } from './mutators.js';

/** What one input did. `crash` is anything the property forbids: a throw, a malformed result, a slow file. */
export type FuzzOutcome = Verdict & { ms: number };

type Verdict =
  | { kind: 'rejected'; message: string }
  | { kind: 'parsed'; findings: number }
  | { kind: 'crash'; reason: string };

/** Per-file time bound: a report reads in well under a second; generous for a shared 2-core machine. */
export const TIME_BOUND_MS = 2_000;

/**
 * The fuzz property: `readReport` never throws; a rejection carries S-FORMAT; a parsed report matches its
 * schema, `checkReport` never throws on it and every finding parses; all within the time bound.
 */
export async function checkInput(file: FuzzFile, boundMs = TIME_BOUND_MS): Promise<FuzzOutcome> {
  const start = performance.now();
  const verdict = await readAndCheck(file).catch((error: unknown) => crash(`readReport threw ${describe(error)}`));
  const ms = performance.now() - start;
  if (verdict.kind !== 'crash' && ms > boundMs) return { kind: 'crash', ms, reason: `took ${Math.round(ms)} ms` };
  return { ...verdict, ms };
}

const crash = (reason: string): Verdict => ({ kind: 'crash', reason });
const invalid = (findings: readonly Finding[]): Finding | undefined =>
  findings.find((f) => !findingSchema.safeParse(f).success);

async function readAndCheck(file: FuzzFile): Promise<Verdict> {
  const result = await readReport(file);
  if (result.status === 'rejected') {
    const bad = invalid(result.findings);
    if (bad) return crash(`rejection finding fails findingSchema: ${JSON.stringify(bad).slice(0, 200)}`);
    const format = result.findings.find((f) => f.rule === 'S-FORMAT');
    if (format?.message.startsWith(READ_FAILED)) return crash('the reader caught an unexpected error');
    return format ? { kind: 'rejected', message: format.message } : crash('rejected without S-FORMAT');
  }
  const parsed = readReportSchema.safeParse(result.report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return crash(`report fails readReportSchema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  let checked: ReturnType<typeof checkReport>;
  try {
    checked = checkReport(result.report, {});
  } catch (error) {
    return crash(`checkReport threw ${describe(error)}`);
  }
  const { findings, skipped } = checked;
  const thrown = skipped.find(({ reason }) => reason.startsWith(RULE_CRASHED));
  if (thrown) return crash(`rule ${thrown.rule} threw: ${thrown.reason}`);
  const bad = invalid(findings);
  if (bad) return crash(`finding fails findingSchema: ${JSON.stringify(bad).slice(0, 200)}`);
  return { kind: 'parsed', findings: findings.length };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const where = error.stack?.split('\n').find((line) => line.includes('/functions/'))?.trim() ?? '';
  return `${error.name}: ${error.message.slice(0, 200)} ${where}`.trim();
}
