import { describe, expect, it } from 'vitest';
import { renderRejectedEmail } from '../../../functions/notify/render/rejected-email.js';
import { finding } from '../../../functions/shared/model/finding.js';
import { AGENCY_NAME, districtFactory, storedReportFactory } from '../fixtures.js';

describe('renderRejectedEmail', () => {
  const rejected = storedReportFactory({
    status: 'REJECTED',
    report: undefined,
    fileName: '2020年报.doc',
    findings: [finding('S-FORMAT', { message: '文件是旧版 Word（.doc）格式，无法读取，请另存为 .docx 后重新上传。' })],
  });
  const email = renderRejectedEmail(rejected, districtFactory());

  it('says in the subject that the file could not be read', () => {
    expect(email.subject).toBe(`【年报核查】${AGENCY_NAME} 年度报告：文件无法读取，请重新上传`);
  });

  it('gives the reason and the accepted formats', () => {
    for (const body of [email.text, email.html]) {
      expect(body).toContain('文件是旧版 Word（.doc）格式，无法读取');
      expect(body).toContain('2020年报.doc');
      for (const format of ['.docx', 'PDF', '.html', '.txt', 'UTF-8', 'GB18030', '扫描件']) expect(body).toContain(format);
    }
  });

  it('lists no findings table', () => {
    expect(email.html).not.toContain('<th');
  });
});
