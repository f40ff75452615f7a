import { renderAgencyEmail } from '../../functions/notify/render/agency-email.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { checkAndSuggest } from '../../functions/validate/check-and-suggest.js';
import { type ExampleReport, reportBlocks } from '../../examples/report-model.js';
import { renderText } from '../../examples/render.js';
import { district } from './fixtures.js';

/**
 * A district of four agencies over 2019–2021 for the browser tests, every report written by the example model
 * (examples/report-model.ts), then read, checked and marked mailed as the pipeline would: 天桥 has a Table 三
 * error in 2021, 什刹海 a Table 四 error and a ×6 jump, 文旅局 copied its 2019 tables into 2020, 全响应 a
 * warning in 2020, no 2021 report and an unreadable upload since. (The model's prose changes only in its year and
 * count, so D-SAME-AS-LAST-YEAR also warns about the prose of the other 2020 reports.)
 */
export const exampleDistrict: DistrictConfig = {
  ...district,
  agencies: [...district.agencies, { id: 'wenlv', name: '北京市西城区文化和旅游局', aliases: [], emails: ['wenlv@example.gov.cn'] }],
};

const NO_APPEALS: ExampleReport['table4'] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];

/** Each agency's reports by year; the agency name is filled in from the config. */
const REPORTS: Record<string, Omit<ExampleReport, 'agency'>[]> = {
  tianqiao: [
    { year: 2019, columns: [{ received: 6, granted: 4, notHeld: 1, carriedOver: 1 }], table4: NO_APPEALS },
    { year: 2020, columns: [{ received: 7, carriedIn: 1, granted: 5, partial: 1, notHeld: 2 }], table4: [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { year: 2021, template: '2021', columns: [{ received: 9, granted: 6, partial: 2, notHeld: 1 }, { received: 2, granted: 2 }], table4: NO_APPEALS, totalOff: 1 },
  ],
  shichahai: [
    { year: 2019, columns: [{ received: 20, granted: 15, complaint: 5 }, {}, {}, {}, { received: 2, granted: 2 }], table4: NO_APPEALS },
    { year: 2020, columns: [{ received: 24, granted: 18, notHeld: 4, complaint: 2 }, {}, {}, {}, { received: 1, granted: 1 }], table4: NO_APPEALS },
    {
      year: 2021,
      template: '2021',
      columns: [{ received: 140, granted: 96, partial: 20, notHeld: 14, complaint: 10 }, { received: 10, granted: 10 }],
      table4: [[1, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]],
      reviewTotalOff: 1,
    },
  ],
  wenlv: [
    { year: 2019, columns: [{ received: 12, granted: 9, notHeld: 3 }, { received: 3, granted: 3 }], table4: [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { year: 2020, columns: [{ received: 12, granted: 9, notHeld: 3 }, { received: 3, granted: 3 }], table4: [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]] },
    { year: 2021, template: '2021', columns: [{ received: 16, granted: 12, partial: 1, notHeld: 3 }, { received: 4, granted: 4 }], table4: NO_APPEALS },
  ],
  quanxiangying: [
    { year: 2019, columns: [{ received: 3, granted: 3 }], table4: NO_APPEALS },
    { year: 2020, columns: [{ received: 4, granted: 3, notHeld: 1 }], table4: NO_APPEALS, statedReceived: 6 },
  ],
};

/** A damaged old Word file: the container's signature and nothing else, so it is rejected with S-FORMAT. */
const DAMAGED_DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

/** Mailed 10 minutes after the upload when there is something to say; handled without an email otherwise. */
function storedReport(agencyId: string, fileName: string, uploadedAt: string, read: ReadReport | undefined, validation: Pick<StoredReport, 'findings' | 'skipped' | 'suggestions'>): StoredReport {
  const emails = exampleDistrict.agencies.find((a) => a.id === agencyId)?.emails ?? [];
  const notifiedTo = validation.findings.length > 0 ? emails : [];
  return {
    id: `${agencyId}-${fileName}`,
    district: exampleDistrict.id,
    source: { bucket: 'uploads', key: `incoming/${agencyId}/${fileName}`, version: 'v1' },
    agencyId,
    knownAgency: true,
    fileName,
    uploadedAt,
    status: 'NOTIFIED',
    report: read,
    ...validation,
    notifiedAt: new Date(Date.parse(uploadedAt) + 10 * 60_000).toISOString(),
    notifiedTo,
  };
}

async function read(name: string, bytes: Uint8Array) {
  const result = await readReport({ name, bytes });
  if (result.status !== 'parsed') throw new Error(`example ${name} did not read: ${JSON.stringify(result)}`);
  return result.report;
}

/** Every example report, read and checked against the agency's report for the year before, as validate does. */
export async function exampleReports(): Promise<StoredReport[]> {
  const reports: StoredReport[] = [];
  for (const agency of exampleDistrict.agencies) {
    let previous: ReadReport | undefined;
    for (const model of REPORTS[agency.id] ?? []) {
      const fileName = `${model.year}-年报.txt`;
      const report = await read(fileName, new TextEncoder().encode(renderText(reportBlocks({ ...model, agency: agency.name }), 'tab')));
      const validation = checkAndSuggest(report, { previous, expectedAgency: agency });
      // Uploaded on 1 March of the next year, 09:30 in Beijing.
      reports.push(storedReport(agency.id, fileName, `${model.year + 1}-03-01T01:30:00.000Z`, report, validation));
      previous = report;
    }
  }
  const rejected = await readReport({ name: '2021-年报.doc', bytes: DAMAGED_DOC });
  if (rejected.status !== 'rejected') throw new Error('the damaged .doc was read');
  reports.push(storedReport('quanxiangying', '2021-年报.doc', '2022-03-02T02:00:00.000Z', undefined, { findings: rejected.findings, skipped: [] }));
  return reports;
}

export async function fillExampleDistrict(store: ReportStore): Promise<void> {
  for (const report of await exampleReports()) await store.putReportOnce(report);
}

/** The email a report was sent, rebuilt by the notify stage's renderer, as `npm start -- --serve` shows it. */
export function sentEmail(report: StoredReport, config: DistrictConfig) {
  return report.notifiedTo?.length ? renderAgencyEmail(report, config) : undefined;
}
