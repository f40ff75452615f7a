import { describe, expect, it } from 'vitest';
import { finding } from '../../functions/shared/model/finding.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { reportFactory } from '../support/report-factory.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { memoryReportBodies } from '../shared/memory-report-bodies.js';
import { storedReportFactory } from '../shared/factories.js';
import { withReportBodies } from '../../functions/shared/store/report-bodies-store.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { checkAndSuggest } from '../../functions/validate/check-and-suggest.js';
import { validateReport } from '../../functions/validate/validate-report.js';
import { loadDistricts } from '../../pipeline/districts.js';

const several = (count: number) =>
  finding('S-MULTIPLE', { expected: 1, actual: count, message: `文件中包含 ${count} 份年度报告`, at: { line: 360 } });

/** Every rule a 2019-template report for 2020 is checked by (X-STOCK is for the 2021 template only). */
const RULES_2019 = [
  'S-VERSION-YEAR',
  'S-AGENCY',
  'T3-ROW-TOTAL',
  'T3-HANDLED-SUM',
  'T3-BALANCE',
  'T4-GROUP-TOTAL',
  'X-CARRY',
  'D-SAME-AS-LAST-YEAR',
  'D-SAME-AS-AGENCY',
  'N-RECEIVED',
  'N-HANDLED',
  'N-REVIEW',
  'N-PARTS',
  'N-PERCENT',
  'N-PLACEHOLDER',
  'N-YEAR',
  'N-CONFLICT',
];

describe('checkReport on a file holding several reports (S-MULTIPLE)', () => {
  it('runs no rule, even where the numbers would fail, and says why for each', () => {
    const report = reportFactory({
      year: 2020,
      findings: [several(3)],
      table3: { received: { natural: 5 }, handledTotal: { natural: 1 } },
      table4: { review: { upheld: 1 } },
      paragraphs: ['2020年共收到政府信息公开申请 9 件。'],
    });
    const previous = reportFactory({ year: 2019 });
    const expectedAgency = { name: '另一个街道办事处', aliases: [] };
    const { findings, skipped } = checkReport(report, { previous, expectedAgency });
    expect(findings.map((f) => f.rule)).toEqual(['S-MULTIPLE']);
    expect(skipped).toEqual(RULES_2019.map((rule) => ({ rule, reason: 'the file holds 3 reports' })));
  });

  it('compares with no previous report that holds several', () => {
    const previous = reportFactory({ year: 2019, findings: [several(2)] });
    const report = reportFactory({ year: 2020, table3: { carriedIn: { natural: 4, total: 4 } } });
    const { findings, skipped } = checkReport(report, { previous });
    expect(findings.filter((f) => f.rule === 'X-CARRY')).toEqual([]);
    expect(skipped).toContainEqual({ rule: 'X-CARRY', reason: 'the 2019 file holds 2 reports' });
  });
});

describe('validateReport on a file holding several reports (S-MULTIPLE)', () => {
  it('validates it from its item alone, as from its whole report: a body too large for the item is not read', async () => {
    const paragraphs = Array.from({ length: 8_000 }, (_, i) => `第${i}份：2020年共收到政府信息公开申请 9 件。`);
    const report = reportFactory({ year: 2020, findings: [several(2_700)], table3: { received: { natural: 5 } }, paragraphs });
    const stored = storedReportFactory({ report, findings: report.findings, status: 'PARSED' });
    const district = loadDistricts().find(({ id }) => id === 'xicheng')!;
    const validated = async (store: ReportStore) => {
      await store.putReportOnce(stored);
      await validateReport({ store, district, check: checkAndSuggest, now: () => new Date(0) }, stored.id);
      const { findings, skipped, suggestions, status } = (await store.getReport(stored.id, 'item'))!;
      return { findings, skipped, suggestions, status };
    };
    const bodies = memoryReportBodies();
    const large = withReportBodies(createMemoryReportStore(), { ...bodies, get: () => Promise.reject(new Error('read')) });
    const whole = await validated(createMemoryReportStore());
    expect(await validated(large)).toEqual(whole);
    expect(bodies.objects.size).toBe(1);
    expect(whole.status).toBe('VALIDATED');
    expect(whole.findings.map((f) => f.rule)).toEqual(['S-MULTIPLE']);
  });
});
