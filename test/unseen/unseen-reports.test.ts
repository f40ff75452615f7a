import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { buildUnseenDocx } from '../support/unseen-docx.js';
import { findingProblems, loadExpected } from '../../corpus/unseen-expected.js';

/**
 * The accuracy bench: realistic reports the reader was not written against (test/fixtures/unseen), each with what a
 * careful reader finds in its `.expected.json`. A case the product still gets wrong is marked in KNOWN_FAILURES with
 * the inbox entry that reports it, so the suite stays green and the case flips back once it is fixed.
 */
const DIR = new URL('../fixtures/unseen/', import.meta.url).pathname;

const KNOWN_FAILURES: Record<string, string> = {
};

type Aspect = 'identity' | 'numbers' | 'findings';
const caseOf = (slug: string, aspect: Aspect) => (KNOWN_FAILURES[`${slug} ${aspect}`] ? it.fails : it);

/** The read report; a rejection fails the case that needs the report, not the whole file. */
async function readFixture(slug: string): Promise<ReadReport | Error> {
  const result = await readReport(await fixtureFile(slug));
  if (result.status === 'parsed') return result.report;
  return new Error(`rejected: ${result.findings.map((f) => f.message).join('; ')}`);
}

function parsed(read: ReadReport | Error): ReadReport {
  if (read instanceof Error) throw read;
  return read;
}

async function fixtureFile(slug: string): Promise<{ name: string; bytes: Uint8Array }> {
  const blocks = `${DIR}${slug}.blocks.json`;
  if (existsSync(blocks)) return { name: `${slug}.docx`, bytes: await buildUnseenDocx(blocks) };
  const name = readdirSync(DIR).find((file) => file.startsWith(`${slug}.`) && !file.endsWith('.json'));
  if (!name) throw new Error(`no fixture file for ${slug}`);
  return { name, bytes: new Uint8Array(readFileSync(`${DIR}${name}`)) };
}

const slugs = readdirSync(DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.expected\.json$/, ''))
  .sort();

describe.each(slugs)('unseen report %s', (slug) => {
  const expected = loadExpected(`${DIR}${slug}.expected.json`);
  let read: ReadReport | Error;
  let findings: Finding[] | Error;

  beforeAll(async () => {
    read = await readFixture(slug);
    const previous = expected.previous === undefined ? undefined : parsed(await readFixture(expected.previous));
    findings = read instanceof Error ? read : checkReport(read, { previous }).findings;
  });

  caseOf(slug, 'identity')('reads the agency, year and template from the title', () => {
    const report = parsed(read);
    expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({
      agency: expected.agency,
      year: expected.year,
      template: expected.template,
    });
  });

  caseOf(slug, 'numbers')('reads every printed number of Table 三 and 四 into its cell', () => {
    const report = parsed(read);
    if (expected.table3) expect(report.table3).toEqual(expected.table3);
    if (expected.table4) expect(report.table4).toEqual(expected.table4);
  });

  caseOf(slug, 'findings')('finds exactly the expected errors and the listed warnings', () => {
    if (findings instanceof Error) throw findings;
    expect(findingProblems(findings, expected)).toEqual([]);
  });
});
