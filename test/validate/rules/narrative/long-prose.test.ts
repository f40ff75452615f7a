import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../../functions/validate/check-report.js';
import { reportFactory } from '../../../support/report-factory.js';

/** Prose far longer than any report's must not make a rule slow (no quadratic walk over a list or a paragraph). */
describe('narrative rules on very long prose', () => {
  it.each([
    { name: 'a list of 20,000 items', text: `共收到申请1件，其中${'自然人申请1件，'.repeat(20_000)}法人申请1件。` },
    { name: 'one paragraph of 2,000 sentences', text: '共收到政府信息公开申请10件，其中网上申请7件，占70%，专职人员1名。'.repeat(2_000) },
    { name: 'a sentence of 100,000 characters', text: `${'政务公开工作'.repeat(16_000)}共收到申请  件。` },
  ])('checks $name in a few seconds', ({ text }) => {
    const start = performance.now();
    checkReport(reportFactory({ paragraphs: [text] }));
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
