import { describe, expect, it } from 'vitest';
import { renderFollowUpEmail } from '../../../functions/notify/render/follow-up-email.js';
import { finding } from '../../../functions/shared/model/finding.js';
import type { FollowUp } from '../../../functions/shared/model/stored-report.js';
import { AGENCY_NAME, districtFactory, storedReportFactory } from '../fixtures.js';
import { textRows } from '../html-rows.js';

describe('renderFollowUpEmail', () => {
  const report = storedReportFactory({ status: 'NOTIFIED' });
  const previous = storedReportFactory({
    id: 'r2019',
    fileName: '2019年报.docx',
    report: { ...report.report!, year: 2019 },
    uploadedAt: '2021-02-01T01:00:00.000Z',
  });
  const followUp: FollowUp = {
    reportId: report.id,
    id: 'f1',
    causedBy: previous.id,
    createdAt: '2021-02-01T01:01:00.000Z',
    findings: [
      finding('X-CARRY', {
        table: '三',
        row: 'carriedIn',
        column: 'total',
        expected: 3,
        actual: 0,
        message: '总计 列：本年 二、上年结转 填 0，上年报告 四、结转下年度 为 3。',
      }),
    ],
  };
  const email = renderFollowUpEmail(report, followUp, previous, districtFactory());

  it('counts only the new findings in the subject', () => {
    expect(email.subject).toBe(`【年报核查】${AGENCY_NAME} 2020年度报告：跨年度核对发现 1 处新问题`);
  });

  it('lists only the follow-up findings, with labels', () => {
    const rows = textRows(email.text).slice(1);
    expect(rows).toEqual([['三', '二、上年结转政府信息公开申请数量', '总计', '3', '0', expect.any(String)]]);
  });

  it('names the previous-year report that caused it', () => {
    expect(email.text).toContain('2019年度报告（文件：2019年报.docx，上传时间：2021-02-01 09:00）');
  });

  it('still reads when the previous report is gone', () => {
    expect(renderFollowUpEmail(report, followUp, undefined, districtFactory()).text).toContain('上一年度的报告');
  });

  it('says another agency of the district caused a D-SAME-AS-AGENCY follow-up, not a previous year', () => {
    const message = '正文与乙街道办事处的报告《乙街道2020年政府信息公开工作年度报告》几乎相同。';
    const sameAs = { ...followUp, findings: [finding('D-SAME-AS-AGENCY', { message })] };
    const other = renderFollowUpEmail(report, sameAs, previous, districtFactory());
    expect(other.subject).toBe(`【年报核查】${AGENCY_NAME} 2020年度报告：与同区其他单位报告比对发现 1 处新问题`);
    expect(other.text).toContain('同区其他单位的报告上传后，系统将其与贵单位已核查过的2020年度报告比对');
    expect(other.text).toContain('乙街道办事处的报告');
    expect(other.text).not.toMatch(/跨年度|上一年度|2019年报/);
  });
});
