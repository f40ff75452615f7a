import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyPage } from '../../dashboard/agency-page.js';
import { districtView } from '../../dashboard/district-view.js';
import { overviewPage } from '../../dashboard/overview-page.js';
import { reportPage } from '../../dashboard/report-page.js';
import { rollUp } from '../../dashboard/rollup.js';
import { rollUpPage } from '../../dashboard/rollup-page.js';
import { supervisionList } from '../../dashboard/supervision.js';
import { supervisionPage } from '../../dashboard/supervision-page.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { district as base, readReport, stored } from './fixtures.js';

const AGENCIES = 200;
const YEARS = [2019, 2020, 2021, 2022, 2023];
const BUDGET_MS = 300;
const SUFFIXES = ['街道办事处', '局', '委员会', '服务中心'];

const district: DistrictConfig = {
  ...base,
  agencies: Array.from({ length: AGENCIES }, (_, i) => ({
    id: `agency-${i}`,
    name: `北京市西城区第${i}${SUFFIXES[i % SUFFIXES.length]}`,
    aliases: [],
    emails: [`a${i}@example.gov.cn`],
  })),
};
const error = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 6, actual: 5, message: '…' });

/** The slowest of a few runs of a page's render, from the district's reports to its HTML. */
function slowest(render: () => string): number {
  let worst = 0;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    expect(render().length).toBeGreaterThan(0);
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

describe(`page render time for ${AGENCIES} agencies × ${YEARS.length} years`, () => {
  let reports: StoredReport[];
  beforeAll(async () => {
    const store = createMemoryReportStore();
    for (const [i, agency] of district.agencies.entries()) {
      for (const year of YEARS) {
        // Every tenth agency skips 2023, every seventh re-uploads; values vary, some jump ×10.
        if (year === 2023 && i % 10 === 0) continue;
        const value = 3 + ((i * 7 + year) % 40) * (year === 2022 && i % 13 === 0 ? 10 : 1);
        const findings = (i + year) % 5 === 0 ? [error] : [];
        await store.putReportOnce(stored(`${agency.id}-${year}`, agency.id, readReport(agency.name, year, value), findings, `${year + 1}-03-01T00:00:00.000Z`));
        if (i % 7 === 0) {
          await store.putReportOnce(stored(`${agency.id}-${year}-b`, agency.id, readReport(agency.name, year, value), [], `${year + 1}-04-01T00:00:00.000Z`));
        }
      }
    }
    reports = await store.allReports();
  }, 60_000);

  it(`renders every page in under ${BUDGET_MS} ms`, () => {
    const year = 2023;
    const report = reports.find((r) => r.id === 'agency-13-2023');
    if (!report) throw new Error('fixture');
    const history = reports.filter((r) => r.agencyId === 'agency-13' && r.id !== report.id);
    const items = reports.map((r) => ({ district, report: r }));
    const times = {
      overview: slowest(() => overviewPage(items, {}).value),
      supervision: slowest(() => supervisionPage(district, year, supervisionList(districtView(district, reports), year)).value),
      rollUp: slowest(() => rollUpPage(districtView(district, reports), rollUp(reports, year)).value),
      agency: slowest(() => agencyPage(districtView(district, reports), 'agency-13').value),
      report: slowest(() => reportPage({ item: { district, report }, history, followUps: [] }).value),
    };
    console.info(`dashboard render times (ms, slowest of 3) for ${reports.length} reports:`, JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]))));
    for (const time of Object.values(times)) expect(time).toBeLessThan(BUDGET_MS);
  });
});
