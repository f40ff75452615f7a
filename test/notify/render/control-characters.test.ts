import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../functions/notify/render/digest.js';
import type { RenderedEmail } from '../../../functions/notify/render/email.js';
import { renderFollowUpEmail } from '../../../functions/notify/render/follow-up-email.js';
import { renderRejectedEmail } from '../../../functions/notify/render/rejected-email.js';
import { renderReportEmail } from '../../../functions/notify/render/report-email.js';
import { finding } from '../../../functions/shared/model/finding.js';
import type { StoredReport } from '../../../functions/shared/model/stored-report.js';
import { districtFactory, storedReportFactory } from '../fixtures.js';
import { htmlRows, textRows } from '../html-rows.js';

/** C0 and C1 controls, line and paragraph separators, bidi controls: none may be in a header or a body line. */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const district = districtFactory();
const fileName = '年报\r.txt';

/** Every value an uploader controls, each carrying CR, LF, NUL, an ANSI colour, U+2028, U+0085, a tab and bidi controls. */
function hostileReport(overrides: Partial<StoredReport> = {}): StoredReport {
  const base = storedReportFactory();
  return storedReportFactory({
    agencyId: 'not\u0000registered\n',
    source: { ...base.source, key: `incoming/tianqiao/${fileName}` },
    fileName,
    report: {
      ...base.report!,
      file: fileName,
      title: '天桥\n街道\u0000年度\u2029报告',
      agency: '\u001b[31m<b>天桥\r\n街道</b>\u2028办事处\u202e',
    },
    findings: [
      finding('N-YEAR', { message: '年份不符：\u0085“2019年”。', excerpt: '共收到\r\n申请\u202e1件\u2066\t（\u2069' }),
      finding('T4-GROUP-TOTAL', { table: '四', rowLabel: '行政\u0000复议\n', message: '不符', expected: 1, actual: 0 }),
    ],
    ...overrides,
  });
}

function expectClean(email: RenderedEmail): void {
  expect(email.subject).not.toMatch(UNSAFE);
  for (const body of [email.text, email.html]) {
    for (const line of body.split('\n')) expect(line).not.toMatch(UNSAFE);
  }
}

describe('control characters in report text never reach an email', () => {
  const email = renderReportEmail(hostileReport(), district);

  it('leaves none in the subject, any line of the text body or the HTML', () => {
    expectClean(email);
  });

  it('keeps each value recognisable, a control character read as one space', () => {
    expect(email.subject).toContain('[31m<b>天桥 街道</b> 办事处 2020年度报告');
    expect(email.text).toContain(`文件：年报 .txt`);
    const notes = textRows(email.text).map((cells) => cells.at(-1));
    expect(notes).toContainEqual('年份不符： “2019年”。（原文：“共收到 申请1件 （”）');
    expect(textRows(email.text).map((cells) => cells[1])).toContain('行政 复议');
  });

  it('escapes the cleaned text in the HTML as before', () => {
    expect(email.html).toContain('&lt;b&gt;天桥 街道&lt;/b&gt; 办事处');
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('文件：年报 .txt<br>');
    expect(htmlRows(email.html).map((cells) => cells.at(-1))).toContainEqual(
      '年份不符： “2019年”。（原文：“共收到 申请1件 （”）',
    );
  });

  it('names the agency by the cleaned title, then the cleaned file name, when the report has no agency', () => {
    const report = hostileReport();
    const untitled = { ...report.report!, agency: null };
    expect(renderReportEmail({ ...report, report: untitled }, district).subject).toContain('天桥 街道 年度 报告');
    const anonymous = { ...untitled, title: null };
    const byFile = renderReportEmail({ ...report, report: anonymous }, district);
    expect(byFile.subject).toContain('年报 .txt 2020年度报告');
    expectClean(byFile);
  });

  it('caps an excerpt by what it shows, not by the control characters removed', () => {
    const padded = finding('N-PLACEHOLDER', { message: '缺数字', excerpt: `${'\u0000'.repeat(300)}政府信息数条` });
    const text = renderReportEmail(hostileReport({ findings: [padded] }), district).text;
    expect(text).toContain('（原文：“政府信息数条”）');
  });
});

describe('control characters in the rejected and follow-up emails', () => {
  it('cleans the file name and a reason that quotes the file', () => {
    const reason = finding('S-FORMAT', { message: '无法读取\r\n“\u001b[0m第一行”' });
    const email = renderRejectedEmail(hostileReport({ status: 'REJECTED', report: undefined, findings: [reason] }), district);
    expectClean(email);
    expect(email.subject).toContain('年报 .txt 年度报告');
    expect(email.text).toContain('无法读取 “ [0m第一行”');
  });

  it('cleans the earlier report’s file name', () => {
    const report = hostileReport({ status: 'NOTIFIED' });
    const previous = hostileReport({ id: 'r2019', fileName: '2019\u202e年报.docx\n' });
    const followUp = { reportId: report.id, id: 'f1', causedBy: 'r2019', createdAt: report.uploadedAt, findings: report.findings };
    const email = renderFollowUpEmail(report, followUp, previous, district);
    expectClean(email);
    expect(email.text).toContain('（文件：2019年报.docx ，上传时间');
  });
});

describe('control characters in the digest', () => {
  const email = renderDigest([hostileReport()], '2021-01-14T16:00:00.000Z', district);

  it('leaves none in the subject or any line', () => {
    expectClean(email);
  });

  it('lists the cleaned file name and agency folder, escaped in the HTML', () => {
    const row = textRows(email.text)[1];
    expect(row?.slice(0, 2)).toEqual(['未登记的机构 not registered', '年报 .txt']);
    expect(htmlRows(email.html)[1]?.slice(0, 2)).toEqual(['未登记的机构 not registered', '年报 .txt']);
  });
});
