import { readReport } from '../../../functions/parse/read-report.js';
import type { Finding } from '../../../functions/shared/model/finding.js';
import type { ReadReport } from '../../../functions/shared/model/report.js';

/** Reads a text report the way an upload is read; a rejection fails the test with its message. */
export async function readText(text: string, name = 'report.txt'): Promise<ReadReport> {
  const result = await readReport({ name, bytes: new TextEncoder().encode(text) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

/** The fields a finding is asserted by: which rule, where, and the counts. */
export const brief = (findings: readonly Finding[]) =>
  findings.map(({ rule, table, row, column, expected, actual }) =>
    Object.fromEntries(Object.entries({ rule, table, row, column, expected, actual }).filter(([, v]) => v !== undefined)),
  );
