import { describe, expect, it } from 'vitest';
import { finding } from '../../../functions/shared/model/finding.js';
import { renderReportEmail } from '../../../functions/notify/render/report-email.js';
import { checkAndSuggest } from '../../../functions/validate/check-and-suggest.js';
import { reportFactory } from '../../support/report-factory.js';
import { AGENCY_NAME, districtFactory, SEED_000_FINDINGS, storedReportFactory } from '../fixtures.js';
import { htmlRows, textRows } from '../html-rows.js';

const district = districtFactory();

describe('renderReportEmail for seed 000', () => {
  const email = renderReportEmail(storedReportFactory(), district);

  it('names the agency, the year and the counts in the subject', () => {
    expect(email.subject).toBe(`【年报核查】${AGENCY_NAME} 2020年度报告：3 处错误，2 处提示`);
  });

  it.each([
    { name: 'T3-ROW-TOTAL', row: ['三', '（七）总计', '总计', '1', '0'] },
    { name: 'T3-HANDLED-SUM', row: ['三', '（七）总计', '自然人', '0', '1'] },
    { name: 'T3-BALANCE', row: ['三', '—', '总计', '1', '0'] },
  ])('lists the $name error with row and column labels and the values, in text and HTML', ({ row }) => {
    expect(textRows(email.text).map((cells) => cells.slice(0, 5))).toContainEqual(row);
    expect(htmlRows(email.html).map((cells) => cells.slice(0, 5))).toContainEqual(row);
  });

  it('lists errors before warnings, under the table header', () => {
    const rows = textRows(email.text);
    expect(rows[0]).toEqual(['表', '行', '列', '应为', '实填', '说明']);
    expect(email.text.indexOf('错误（3 处')).toBeLessThan(email.text.indexOf('提示（2 处'));
  });

  it('quotes the prose excerpt of narrative findings', () => {
    const notes = textRows(email.text).map((cells) => cells.at(-1));
    expect(notes).toContainEqual(expect.stringContaining('“重点领域公开政府信息数条”'));
    expect(notes).toContainEqual(expect.stringContaining('“2019年天桥街道共收到依申请公开件1件”'));
    expect(textRows(email.text).filter((cells) => cells[0] === '正文')).toHaveLength(2);
  });

  it('never shows template keys', () => {
    expect(email.text).not.toMatch(/handledTotal|natural/);
    expect(email.html).not.toMatch(/handledTotal|natural/);
  });

  it('gives the file, the upload time in Beijing time, how to re-upload and whom to ask', () => {
    for (const body of [email.text, email.html]) {
      expect(body).toContain('2020年报.txt');
      expect(body).toContain('2021-01-15 10:30（北京时间）');
      expect(body).toContain('上传到原上传位置');
      expect(body).toContain('office@example.gov.cn');
    }
  });
});

describe('renderReportEmail for rows that fail alike (seed 004)', () => {
  const twelve = finding('S-SHAPE', {
    table: '三',
    rows: ['denied.2', 'carriedOut'],
    rowLabel: '「（三）不予公开 2.其他法律行政法规禁止公开」至「四、结转下年度继续办理」等 18 行',
    expected: 7,
    actual: 12,
    message: '表三：原文第 71 行起，共 18 行各读到 12 个数，模板每行应有 7 个（…）；请按模板逐格填写，这些行未予采用',
    at: { line: 71 },
  });
  const email = renderReportEmail(storedReportFactory({ findings: [twelve] }), district);

  it('lists the cause once, naming the rows', () => {
    for (const rows of [textRows(email.text), htmlRows(email.html)]) {
      expect(rows.filter((cells) => cells[0] === '三').map((cells) => cells.slice(0, 5))).toEqual([
        ['三', '「（三）不予公开 2.其他法律行政法规禁止公开」至「四、结转下年度继续办理」等 18 行', '—', '7', '12'],
      ]);
    }
    expect(email.text.match(/读到 12 个数/g)).toHaveLength(1);
  });
});

describe('renderReportEmail with hostile report text', () => {
  const hostile = storedReportFactory({
    agencyId: 'not-registered',
    report: {
      ...storedReportFactory().report!,
      agency: '<script>alert(1)</script>天桥\r\nBcc: victim@example.com',
    },
    fileName: '<img src=x onerror=alert(1)>.txt',
    findings: [finding('N-YEAR', { message: '年份不符。', excerpt: '<img src=x onerror=alert(2)> 2019年' })],
  });
  const email = renderReportEmail(hostile, district);

  it('keeps CR and LF out of the subject', () => {
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.subject).toContain('<script>alert(1)</script>天桥 Bcc: victim@example.com'.slice(0, 20));
  });

  it('escapes the agency, the file name and the excerpt in the HTML', () => {
    expect(email.html).not.toMatch(/<script|<img/);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(email.html).toContain('&lt;img src=x onerror=alert(2)&gt; 2019年');
  });

  it('caps the agency name taken from the report', () => {
    const long = storedReportFactory({ agencyId: 'x', report: { ...hostile.report!, agency: '很'.repeat(500) } });
    expect([...renderReportEmail(long, district).subject].length).toBeLessThan(100);
  });

  it('falls back to the file name when the report names no agency', () => {
    const anonymous = storedReportFactory({ agencyId: 'x', report: { ...hostile.report!, agency: null, title: null } });
    expect(renderReportEmail(anonymous, district).subject).toContain('2020年报.txt');
  });
});

describe('renderReportEmail with many findings', () => {
  const errors = Array.from({ length: 60 }, (_, index) =>
    finding('T4-GROUP-TOTAL', { table: '四', row: 'review', column: 'total', expected: index, actual: 0, message: '不符' }),
  );
  const warnings = SEED_000_FINDINGS.filter((item) => item.severity === 'warning');
  const email = renderReportEmail(storedReportFactory({ findings: [...errors, ...warnings] }), district);

  it('lists at most 50 findings and counts the rest', () => {
    expect(textRows(email.text).filter((cells) => cells[0] !== '表')).toHaveLength(50);
    expect(email.text).toContain('及其他 10 处');
    expect(email.text).toContain('及其他 2 处');
    expect(email.html).toContain('及其他 10 处');
    expect(email.subject).toContain('60 处错误，2 处提示');
  });
});

describe('renderReportEmail for a report with one wrong total', () => {
  // （七）总计's 总计 column reads 0 where its row, its column and the balance all say 1.
  const report = reportFactory({
    table3: { received: { natural: 1, total: 1 }, granted: { natural: 1, total: 1 }, handledTotal: { natural: 1, total: 0 } },
  });
  const { findings, suggestions } = checkAndSuggest(report);
  const email = renderReportEmail(storedReportFactory({ report, findings, suggestions }), district);

  it('names that cell as the most likely fix, under the errors it removes', () => {
    for (const body of [email.text, email.html]) {
      expect(body).toContain('最可能的修改：表三（七）总计·总计列 0 → 1（可同时消除以上 3 处错误）');
    }
    expect(email.text.indexOf('最可能的修改')).toBeGreaterThan(email.text.indexOf('错误（3 处'));
  });
});
