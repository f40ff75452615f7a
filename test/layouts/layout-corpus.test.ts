import { beforeAll, describe, expect, it } from 'vitest';
import { type Aspect, type CaseOutcome, judgeCase, layoutCases, readCase } from '../../corpus/layout-corpus.js';

/**
 * The layout corpus (test/fixtures/layouts): the same reports printed by Chromium, converted by LibreOffice, drawn
 * with pdf-lib, extracted by pdftotext and saved by a crawler, each with what a careful reader finds in its
 * `.expected.json`. A case the reader still gets wrong is marked in KNOWN_FAILURES (slug + aspect → what goes
 * wrong) and runs as `it.fails`, so the suite stays green and the case flips back once the reader is fixed.
 */
const KNOWN_FAILURES: Record<string, string> = {
};

const caseOf = (slug: string, aspect: Aspect) => (KNOWN_FAILURES[`${slug} ${aspect}`] ? it.fails : it);

describe.each(layoutCases())('layout case $slug', (layout) => {
  let outcome: CaseOutcome;
  let judged: Record<Aspect, string[]>;

  beforeAll(async () => {
    outcome = await readCase(layout);
    judged = judgeCase(outcome, layout.expected);
  });

  caseOf(layout.slug, 'identity')('reads the agency, year and template from the title', () => {
    expect(judged.identity).toEqual([]);
  });

  caseOf(layout.slug, 'numbers')('reads every printed number of Table 三 and 四 into its cell', () => {
    expect(judged.numbers).toEqual([]);
  });

  caseOf(layout.slug, 'findings')('finds exactly the expected errors and the listed warnings', () => {
    expect(judged.findings).toEqual([]);
  });

  caseOf(layout.slug, 'one finding per cause')('gives no more S-SHAPE findings per table than causes', () => {
    expect(judged['one finding per cause']).toEqual([]);
  });
});
