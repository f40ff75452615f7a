import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/check.js';
import type { CheckedReport } from '../../cli/check-files.js';
import { renderReportEmail } from '../../functions/notify/render/report-email.js';
import { district } from '../dashboard/fixtures.js';
import { storedReportFactory } from '../shared/factories.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

/** A row of examples/README.md's table: the file, and what its "should yield" column promises. */
interface Promised {
  file: string;
  rejected: boolean;
  /** The rules set in bold: exactly the findings the file gives. */
  rules: string[];
  /** A `最可能的修改：…` quoted in the row: a line of the email the agency gets. */
  suggestion?: string;
}

function promises(readme: string): Promised[] {
  return readme.split('\n').flatMap((line) => {
    const [, file, , yields = ''] = /^\| `([^`]+)` \|([^|]*)\|(.*)\|$/.exec(line) ?? [];
    if (!file) return [];
    const rules = [...yields.matchAll(/\*\*([A-Z][A-Z0-9-]*)\*\*/g)].map((m) => m[1] ?? '');
    const suggestion = /`(最可能的修改：[^`]+)`/.exec(yields)?.[1];
    return [{ file, rejected: /\bREJECTED\b/.test(yields), rules: [...new Set(rules)].sort(), ...(suggestion && { suggestion }) }];
  });
}

/** What a report does other than the README promised, one line each; none when it keeps every promise. */
function broken(promise: Promised, report: CheckedReport | undefined): string[] {
  if (!report) return [`${promise.file}: not checked`];
  const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
  const problems: string[] = [];
  if ((report.status === 'rejected') !== promise.rejected) problems.push(`${promise.file}: status ${report.status}`);
  if (rules.join() !== promise.rules.join()) problems.push(`${promise.file}: rules ${rules.join(', ') || 'none'}`);
  if (promise.suggestion) {
    const stored = storedReportFactory({ status: 'VALIDATED', findings: report.findings, suggestions: report.suggestions });
    // the suggestion block is the same in every district
    const email = renderReportEmail(stored, district).text;
    if (!email.includes(promise.suggestion)) problems.push(`${promise.file}: the email has no ${promise.suggestion}`);
  }
  return problems;
}

/** The reports in examples/: every file in an agency folder (the generator and README sit at the top). */
function exampleFiles(): string[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(EXAMPLES, dir.name)).map((name) => `${dir.name}/${name}`))
    .sort();
}

async function checkJson(files: string[]): Promise<CheckedReport[]> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await run(['--json', ...files.map((file) => join(EXAMPLES, file))]);
  return (JSON.parse(stdout) as { reports: CheckedReport[] }).reports;
}

afterEach(() => vi.restoreAllMocks());

describe('examples/README.md', () => {
  const listed = promises(readFileSync(join(EXAMPLES, 'README.md'), 'utf8'));

  it('lists every example report, and only those', () => {
    expect(listed.map((p) => p.file).sort()).toEqual(exampleFiles());
    expect(listed.filter((p) => p.rules.length > 0).length).toBeGreaterThan(3);
  });

  it('says what each example yields, checked together as npm start uploads them', { timeout: 180_000 }, async () => {
    const reports = await checkJson(listed.map((p) => p.file));
    const byFile = new Map(reports.map((report) => [report.file.slice(EXAMPLES.length), report]));
    expect(listed.flatMap((promise) => broken(promise, byFile.get(promise.file)))).toEqual([]);
  });

  it('catches a report that gives other findings or another suggestion than promised', () => {
    const [promise] = promises('| `a/2021.pdf` | PDF | error **T3-ROW-TOTAL** → `最可能的修改：表三（一）予以公开·总计列 5 → 4` |');
    expect(promise).toEqual({ file: 'a/2021.pdf', rejected: false, rules: ['T3-ROW-TOTAL'], suggestion: '最可能的修改：表三（一）予以公开·总计列 5 → 4' });
    const clean: CheckedReport = { file: 'a/2021.pdf', status: 'ok', agency: null, year: 2021, template: '2021', findings: [], skipped: [] };
    expect(promise && broken(promise, clean)).toEqual([
      'a/2021.pdf: rules none',
      'a/2021.pdf: the email has no 最可能的修改：表三（一）予以公开·总计列 5 → 4',
    ]);
  });
});
