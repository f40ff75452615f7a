import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../functions/notify/render/digest.js';
import { finding } from '../../../functions/shared/model/finding.js';
import { AGENCY_NAME, districtFactory, storedReportFactory } from '../fixtures.js';
import { htmlRows, textRows } from '../html-rows.js';

describe('renderDigest', () => {
  const reports = [
    storedReportFactory({ status: 'NOTIFIED', notifiedTo: ['tianqiao@example.gov.cn'] }),
    storedReportFactory({
      id: 'r-bad',
      status: 'REJECTED',
      report: undefined,
      fileName: '扫描件.pdf',
      uploadedAt: '2021-01-15T03:00:00.000Z',
      findings: [finding('S-FORMAT', { message: '扫描件无法读取' })],
    }),
    storedReportFactory({
      id: 'r-unknown',
      agencyId: 'shichahai',
      knownAgency: false,
      fileName: '<b>什刹海</b>.txt',
      uploadedAt: '2021-01-15T04:00:00.000Z',
      status: 'NOTIFIED',
      notifiedTo: [],
    }),
  ];
  const email = renderDigest(reports, '2021-01-14T16:00:00.000Z', districtFactory());

  it('has one line per report with agency, file, year, status, counts and recipients', () => {
    expect(textRows(email.text).slice(1)).toEqual([
      [AGENCY_NAME, '2020年报.txt', '2020', '2021-01-15 10:30', '已通知', '3', '2', 'tianqiao@example.gov.cn'],
      [AGENCY_NAME, '扫描件.pdf', '—', '2021-01-15 11:00', '无法读取', '1', '0', '尚未发送'],
      ['未登记的机构 shichahai', '<b>什刹海</b>.txt', '2020', '2021-01-15 12:00', '已核查', '3', '2', '未发送：机构未登记'],
    ]);
  });

  it('says why a report handled without an email went to nobody, never 已通知 beside it', () => {
    const clean = storedReportFactory({ status: 'NOTIFIED', notifiedTo: [], findings: [] });
    const rows = textRows(renderDigest([clean], '2021-01-14T16:00:00.000Z', districtFactory()).text);
    expect(rows[1]?.slice(4)).toEqual(['已核查', '0', '0', '无需发送：没有错误和提示']);
  });

  it('escapes report text in the HTML', () => {
    expect(htmlRows(email.html).at(-1)?.[1]).toBe('&lt;b&gt;什刹海&lt;/b&gt;.txt');
    expect(email.html).not.toContain('<b>');
  });

  it('sums up and says what to do about unknown agencies', () => {
    expect(email.subject).toBe('【年报核查】北京市西城区 报告汇总：3 份（2021-01-15 00:00 以来）');
    expect(email.text).toContain('共 3 份，其中无法读取 1 份，未登记机构上传 1 份');
    expect(email.text).toContain('请在区配置中登记该机构');
  });

  it('still counts an unreadable file as unreadable after its rejection was mailed (status NOTIFIED)', () => {
    const mailed = storedReportFactory({
      status: 'NOTIFIED',
      report: undefined,
      fileName: 'empty.pdf',
      notifiedTo: ['tianqiao@example.gov.cn'],
      findings: [finding('S-FORMAT', { message: '文件为空' })],
    });
    const digest = renderDigest([mailed], '2021-01-14T16:00:00.000Z', districtFactory());
    expect(digest.text).toContain('共 1 份，其中无法读取 1 份');
    expect(textRows(digest.text)[1]?.[4]).toBe('无法读取');
  });
});
