import { type DistrictConfig, districtConfigSchema } from '../../functions/shared/model/district.js';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';

/** Test data for the notify stage: a district, seed 000's findings (as test/validate/seeds.test.ts finds them) and stored reports. */
export const AGENCY_NAME = '西城区人民政府天桥街道办事处';

export function districtFactory(overrides: Partial<DistrictConfig> = {}): DistrictConfig {
  return districtConfigSchema.parse({
    id: 'xicheng',
    name: '北京市西城区',
    sender: 'nianbao@example.gov.cn',
    adminEmails: ['office@example.gov.cn'],
    notifyOn: 'findings',
    agencies: [{ id: 'tianqiao', name: AGENCY_NAME, aliases: ['天桥街道'], emails: ['tianqiao@example.gov.cn'] }],
    ...overrides,
  });
}

/** Seed 000: three Table 三 errors, a placeholder and a wrong year in the prose. */
export const SEED_000_FINDINGS: Finding[] = [
  finding('T3-ROW-TOTAL', {
    table: '三',
    row: 'handledTotal',
    column: 'total',
    expected: 1,
    actual: 0,
    message: '（七）总计 行：六类申请人合计 1，总计列填 0，请核对后更正。',
  }),
  finding('T3-HANDLED-SUM', {
    table: '三',
    row: 'handledTotal',
    column: 'natural',
    expected: 0,
    actual: 1,
    message: '自然人 列：（一）至（六）各项办理结果合计 0，（七）总计填 1，请核对后更正。',
  }),
  finding('T3-BALANCE', {
    table: '三',
    column: 'total',
    expected: 1,
    actual: 0,
    message: '总计 列：一、本年新收 1 加 二、上年结转 0 共 1，而（七）总计 0 加 四、结转下年度 0 共 0，两者应相等。',
  }),
  finding('N-PLACEHOLDER', {
    message: '句中缺少数字，请补全。',
    excerpt: '重点领域公开政府信息数条',
  }),
  finding('N-YEAR', {
    message: '正文把本年数据写成了其他年度，请核对年份。',
    excerpt: '2019年天桥街道共收到依申请公开件1件',
  }),
];

export function storedReportFactory(overrides: Partial<StoredReport> = {}): StoredReport {
  return {
    id: 'r000',
    district: 'xicheng',
    source: { bucket: 'uploads', key: 'incoming/tianqiao/2020年报.txt', version: 'v1' },
    agencyId: 'tianqiao',
    knownAgency: true,
    fileName: '2020年报.txt',
    uploadedAt: '2021-01-15T02:30:00.000Z',
    status: 'VALIDATED',
    report: {
      file: '2020年报.txt',
      title: `${AGENCY_NAME}2020年政府信息公开工作年度报告`,
      agency: AGENCY_NAME,
      year: 2020,
      template: '2019',
      sections: ['一', '二', '三', '四', '五', '六'],
      paragraphs: [],
      cells: {},
      findings: [],
    },
    findings: SEED_000_FINDINGS,
    skipped: [],
    validatedAt: '2021-01-15T02:31:00.000Z',
    ...overrides,
  };
}
