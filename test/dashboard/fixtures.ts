import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { RESULT_ROWS, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS } from '../../functions/shared/model/template.js';

export const district: DistrictConfig = {
  id: 'xicheng',
  name: '北京市西城区',
  sender: 'nianbao@example.gov.cn',
  adminEmails: ['office@example.gov.cn'],
  notifyOn: 'findings',
  agencies: [
    { id: 'tianqiao', name: '西城区人民政府天桥街道办事处', aliases: ['天桥街道'], emails: ['tianqiao@example.gov.cn'] },
    { id: 'shichahai', name: '北京市西城区什刹海街道', aliases: [], emails: ['shichahai@example.gov.cn'] },
    { id: 'quanxiangying', name: '北京市西城区全响应服务中心', aliases: [], emails: ['qxy@example.gov.cn'] },
  ],
};

/** A consistent 2019-template report whose every Table 三 cell is `value` (总计 = 6 × value) and Table 四 zero. */
export function readReport(agency: string, year: number, value: number): ReadReport {
  const row = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, c === 'total' ? 6 * value : value]));
  const zero = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 0]));
  const table3 = Object.fromEntries(
    ['received', 'carriedIn', ...RESULT_ROWS.single, 'handledTotal', 'carriedOut'].map((r) => [r, r === 'received' || r === 'granted' || r === 'handledTotal' ? row : zero]),
  );
  const table4 = Object.fromEntries(TABLE4_GROUPS.map((g) => [g, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c, 0]))]));
  return {
    file: `${agency}.txt`,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    year,
    template: '2019',
    sections: ['一', '二', '三', '四', '五', '六'],
    paragraphs: [],
    table2: { rows: { regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 } }, extraRows: [] },
    table3,
    table4,
    cells: {},
    findings: [],
  };
}

export function stored(id: string, agencyId: string, report: ReadReport | undefined, findings: Finding[] = [], uploadedAt = '2021-03-01T08:00:00.000Z'): StoredReport {
  return {
    id,
    district: 'xicheng',
    source: { bucket: 'b', key: `incoming/${agencyId}/${id}.txt`, version: 'v1' },
    agencyId,
    knownAgency: true,
    fileName: `${id}.txt`,
    uploadedAt,
    status: report ? 'VALIDATED' : 'REJECTED',
    report,
    findings,
    skipped: [],
  };
}
