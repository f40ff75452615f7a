import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../../../functions/shared/model/finding.js';
import { checkReport } from '../../../../functions/validate/check-report.js';
import { reportFactory } from '../../../support/report-factory.js';

/** Inputs the fuzzer found: prose numbers no count or percentage can be must not crash a rule or make a bad finding. */
describe('narrative rules on absurd numbers', () => {
  it.each([
    { name: 'a 400-digit count', text: `本年度共收到政府信息公开申请${'9'.repeat(400)}件。其中以信函形式申请1件，网络形式申请2件。` },
    { name: 'a percentage with 150 decimals', text: `共主动公开政府信息154条，其中规划计划类信息5条，占总体的比例为3.${'2'.repeat(150)}%。` },
    { name: 'a 400-digit share', text: `共主动公开政府信息154条，规划类${'9'.repeat(400)}条，占总体的比例为3.2%。` },
  ])('reads $name as no number', ({ text }) => {
    const { findings } = checkReport(reportFactory({ paragraphs: [text] }));
    expect(findings.filter((f) => f.rule.startsWith('N-'))).toEqual([]);
    for (const finding of findings) expect(findingSchema.safeParse(finding).success).toBe(true);
  });
});
