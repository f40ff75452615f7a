import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { generateReport, INJECTABLE_ERRORS, TEXT_LAYOUTS } from '../../corpus/synthetic-report.js';

// The generator's oracle and the real reader + rules must agree, or the fuzz and bench corpora mean little.
const CASES = TEXT_LAYOUTS.flatMap((layout) =>
  [[], ...INJECTABLE_ERRORS.map((error) => [error])].flatMap((errors) =>
    [11, 12].map((seed) => ({ layout, errors, seed, name: `${layout} ${errors.join() || 'clean'} seed ${seed}` })),
  ),
);

describe('reader and rules on synthetic reports', () => {
  it.each(CASES)('report exactly the expected rule ids: $name', async ({ layout, errors, seed }) => {
    const report = generateReport({ seed, layout, errors });
    const result = await readReport({ name: report.name, bytes: new TextEncoder().encode(report.text) });
    expect(result.status).toBe('parsed');
    const findings = result.status === 'parsed' ? checkReport(result.report).findings : result.findings;
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(report.expectedRules);
    if (result.status === 'parsed' && !errors.includes('blankCell' as never)) {
      expect(result.report.table3).toEqual(report.table3);
      expect(result.report.table4).toEqual(report.table4);
    }
  });
});
