import { describe, expect, it } from 'vitest';
import { finding } from '../../../functions/shared/model/finding.js';
import type { StoredReport } from '../../../functions/shared/model/stored-report.js';
import type { Tracked } from '../../../local/run/progress.js';
import { summaryTable } from '../../../local/run/summary.js';
import { planByTitle } from '../../../local/run/upload-plan.js';
import type { DistrictStack } from '../../../local/stack/district-stack.js';
import { loadDistricts } from '../../../pipeline/districts.js';
import { storedReportFactory } from '../../shared/factories.js';

const districts = loadDistricts();
// The summary reads only the upload, the report and failedIn: no stack is started.
const noStack = {} as DistrictStack;

const rowTotal = finding('T3-ROW-TOTAL', {
  table: '三',
  row: 'granted',
  rowLabel: '（一）予以公开',
  column: 'total',
  columnLabel: '总计',
  expected: 4,
  actual: 5,
  message: '（一）予以公开 行：六类申请人合计 4，总计列填 5，请核对后更正。',
  at: { line: 30 },
});
const warning = finding('N-RECEIVED', { table: '三', expected: 4, actual: 6, message: '正文称本年收到申请 6 件' });

function tracked(title: string, report: Partial<StoredReport>): Tracked {
  const upload = planByTitle(`/in/${title}.txt`, title, districts);
  const key = `incoming/${upload.agencyId}/${upload.fileName}`;
  return { upload, stack: noStack, key, report: storedReportFactory({ agencyId: upload.agencyId, ...report }) };
}

describe('summaryTable', () => {
  it('lists each finding under its report as check does, with singular and plural counts', () => {
    const mailed = tracked('东花市街道2020年报', { status: 'NOTIFIED', findings: [rowTotal], notifiedTo: ['a@x.cn'] });
    const lines = summaryTable([mailed]).split('\n');
    expect(lines[0]).toMatch(/^report +district\/agency +status +errors +warnings +email$/);
    expect(lines[1]).toMatch(/^东花市街道2020年报\.txt +dongcheng\/donghuashi +NOTIFIED +1 +0 +a@x\.cn$/);
    expect(lines.slice(2)).toEqual([
      '',
      '东花市街道2020年报.txt (dongcheng/donghuashi): 1 error, 0 warnings',
      expect.stringMatching(/^ {2}规则 +表格位置 +文件位置 +应为 +实填 +说明$/),
      expect.stringMatching(/^ {2}T3-ROW-TOTAL +表三 \/ （一）予以公开 \/ 总计 +第30行 +4 +5 +（一）予以公开 行/),
    ]);
  });

  it('says why a report got no email instead of calling it notified', () => {
    const clean = tracked('天桥街道2020年报', { status: 'VALIDATED' });
    const unknown = tracked('西城区人民政府某某街道办事处2020年报', { status: 'NOTIFIED', findings: [rowTotal], notifiedTo: [] });
    const unassigned = tracked('某某局2020年报', { status: 'NOTIFIED', findings: [rowTotal, rowTotal], notifiedTo: [] });
    const warnOnly = tracked('王城路街道2020年报', { status: 'NOTIFIED', findings: [warning], notifiedTo: [] });
    const rows = summaryTable([clean, unknown, unassigned, warnOnly]).split('\n').slice(1, 5);
    expect(rows[0]).toMatch(/ xicheng\/tianqiao +VALIDATED +0 +0 +no email: no findings$/);
    expect(rows[1]).toMatch(/ xicheng\/unknown +NOT MAILED +1 +0 +no email: no address configured .*xicheng\.json$/);
    expect(rows[2]).toMatch(/ unassigned\/unknown +NOT MAILED +2 +0 +no email: the title names no district/);
    expect(rows[3]).toMatch(/ xigong\/wangchenglu +NOT MAILED +0 +1 +no email: warnings only and notifyOn is errors$/);
    expect(summaryTable([unassigned])).toContain('(unassigned/unknown): 2 errors, 0 warnings');
  });

  it('shows an upload the pipeline never stored or gave up on', () => {
    const lost = { ...tracked('天桥街道2020年报', {}), report: undefined };
    const failed = { ...lost, failedIn: 'parse' };
    const rows = summaryTable([lost, failed]).split('\n');
    expect(rows[1]).toMatch(/ NOT STORED +- +- +-$/);
    expect(rows[2]).toMatch(/ FAILED in parse +- +- +-$/);
    expect(rows).toHaveLength(3);
  });
});
