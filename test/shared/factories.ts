import { finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { FollowUp, ObjectRef, StoredReport } from '../../functions/shared/model/stored-report.js';
import { reportIdOf } from '../../functions/shared/store/table-design.js';

/** A readable report with no tables: enough for the store and the use cases, which never look inside. */
export function readReportFactory(fields: Partial<ReadReport> = {}): ReadReport {
  return {
    file: '2024年度报告.txt',
    title: '天桥街道2024年政府信息公开工作年度报告',
    agency: '天桥街道',
    year: 2024,
    template: '2021',
    sections: [],
    paragraphs: [],
    cells: {},
    findings: [],
    ...fields,
  };
}

export function objectRefFactory(fields: Partial<ObjectRef> = {}): ObjectRef {
  return { bucket: 'uploads', key: 'incoming/tianqiao/2024年度报告.txt', version: 'v1', ...fields };
}

/** A PARSED report of tianqiao for 2024; its id follows its source, as the parse stage derives it. */
export function storedReportFactory(fields: Partial<StoredReport> = {}): StoredReport {
  const source = fields.source ?? objectRefFactory();
  return {
    id: reportIdOf(source),
    district: 'xicheng',
    source,
    agencyId: 'tianqiao',
    knownAgency: true,
    fileName: '2024年度报告.txt',
    uploadedAt: '2025-01-20T08:00:00.000Z',
    status: 'PARSED',
    report: readReportFactory(),
    findings: [],
    skipped: [],
    ...fields,
  };
}

export const carryFinding = finding('X-CARRY', {
  row: 'carriedIn',
  column: 'total',
  expected: 3,
  actual: 2,
  message: '本年“上年结转”与上年报告的“结转下年度继续办理”不一致。',
});

export function followUpFactory(fields: Partial<FollowUp> = {}): FollowUp {
  return {
    reportId: 'r2025',
    id: 'f1',
    findings: [carryFinding],
    createdAt: '2025-02-01T08:00:00.000Z',
    causedBy: 'r2024',
    ...fields,
  };
}
