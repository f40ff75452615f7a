import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { buildPdf } from '../../corpus/pdf-report-builder.js';
import { toHtml, toPipeText } from '../../corpus/report-fixtures-html-docx.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../corpus/report-fixtures-html-docx-reports.js';
import { splitTable } from '../support/report-fixtures-variants.js';
import { generateReport, TEXT_LAYOUTS } from '../../corpus/synthetic-report.js';

const EXAMPLE = new URL('../../examples/tianqiao/2020-年报.txt', import.meta.url);
const EXAMPLE_HTML = new URL('../../examples/wangchenglu/2020-年报.html', import.meta.url);
const TIANQIAO_TITLE = '西城区人民政府天桥街道办事处2020年政府信息公开工作年度报告';

async function read(name: string, content: string | Uint8Array): Promise<ReadReport> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const result = await readReport({ name, bytes });
  if (result.status !== 'parsed') throw new Error(`${name} rejected: ${result.findings[0].message}`);
  return result.report;
}

const multiple = (report: ReadReport): Finding[] => report.findings.filter((f) => f.rule === 'S-MULTIPLE');

/** Where the paragraph with this text stands, the `n`th time it is printed (0 = first). */
function placeOf(report: ReadReport, text: string, n = 0) {
  return report.paragraphs.filter((paragraph) => paragraph.text === text)[n]?.at;
}

/** The one S-MULTIPLE finding, its count, where the second report starts, and that no table rule ran. */
function expectSeveral(report: ReadReport, count: number, secondAt: unknown): void {
  const [found, ...more] = multiple(report);
  expect(more).toEqual([]);
  expect(found).toMatchObject({ severity: 'error', expected: 1, actual: count, at: secondAt });
  expect(found?.table).toBeUndefined();
  expect(found?.message).toMatch(new RegExp(`^文件中包含 ${count} 份年度报告（第二份从第 \\d+ (?:行|页)起）；请每个文件只上传一份报告，本文件未作核查$`));
  const { findings, skipped } = checkReport(report);
  expect(findings.filter((f) => /^(?:T3|T4|X|N)-/.test(f.rule))).toEqual([]);
  expect(skipped).toContainEqual({ rule: 'T3-BALANCE', reason: `the file holds ${count} reports` });
  expect(skipped).toContainEqual({ rule: 'T3-ROW-TOTAL', reason: `the file holds ${count} reports` });
}

describe('a file holding several reports: S-MULTIPLE with the count, and nothing checked', () => {
  it('two different reports pasted into one text file', async () => {
    const first = generateReport({ seed: 11, layout: 'pipe', template: '2019', errors: ['rowTotal'] });
    const second = generateReport({ seed: 12, layout: 'cellPerLine', template: '2021', errors: ['balance'] });
    const report = await read('两份.txt', `${first.text}\n\n${second.text}`);
    expect(report.year).toBe(first.year);
    // The second report starts at its title line (its agency's name stands on the line above it).
    expectSeveral(report, 2, placeOf(report, `${second.year}年政府信息公开工作年度报告`, first.year === second.year ? 1 : 0));
  });

  it('two different reports on one web page', async () => {
    const html = toHtml([...reportBlocks(REPORT_2019), ...reportBlocks(REPORT_2021)]);
    const report = await read('两份.html', html);
    expectSeveral(report, 2, placeOf(report, REPORT_2021.title));
  });

  it('two reports in one PDF with the title as a running header on every page', async () => {
    const blocks = reportBlocks(REPORT_2019);
    const report = await read('两份.pdf', await buildPdf([...blocks, ...blocks], { header: REPORT_2019.title }));
    const [found] = multiple(report);
    expect(found).toMatchObject({ actual: 2, at: { page: expect.any(Number) } });
    expect(found?.message).toContain(`第二份从第 ${found?.at?.page} 页起`);
  });

  it('the same report three times', async () => {
    const one = readFileSync(EXAMPLE, 'utf8');
    const report = await read('三份.txt', [one, one, one].join('\n'));
    expectSeveral(report, 3, placeOf(report, TIANQIAO_TITLE, 1));
  });

  it('130 copies of one report (as many as the 50,000-line budget of the text reader allows) read within a few seconds', async () => {
    const one = readFileSync(EXAMPLE, 'utf8');
    const started = performance.now();
    const report = await read('130份.txt', Array.from({ length: 130 }, () => one).join('\n'));
    // 2,800 copies (9.8 MB) took about 3 s alone on a 2-core machine; the margin is for a loaded test run.
    expect(performance.now() - started).toBeLessThan(10_000);
    expectSeveral(report, 130, placeOf(report, TIANQIAO_TITLE, 1));
  }, 30_000);
});

describe('one report stays one report', () => {
  it.each(TEXT_LAYOUTS.flatMap((layout) => (['2019', '2021'] as const).map((template) => ({ layout, template }))))(
    'the $template template in the $layout layout',
    async ({ layout, template }) => {
      const { name, text } = generateReport({ seed: 5, layout, template });
      expect(multiple(await read(name, text))).toEqual([]);
    },
  );

  it.each([REPORT_2019, REPORT_2021])('Table 三 split over a page break, its header printed again ($template template)', async (fixture) => {
    const blocks = splitTable(reportBlocks(fixture), 1, { at: 12, header: 3, between: '- 3 -' });
    expect(multiple(await read('续表.html', toHtml(blocks)))).toEqual([]);
    expect(multiple(await read('续表.txt', toPipeText(blocks)))).toEqual([]);
  });

  it('a PDF with the title as a running header on every page', async () => {
    const pdf = await buildPdf(reportBlocks(REPORT_2019), { header: REPORT_2019.title });
    expect(multiple(await read('页眉.pdf', pdf))).toEqual([]);
  });

  it('a text file with the title as a running header on every page', async () => {
    const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
    const paged = lines.flatMap((line, i) => (i > 0 && i % 20 === 0 ? [`\f${TIANQIAO_TITLE}`, line] : [line]));
    expect(multiple(await read('页眉.txt', paged.join('\n')))).toEqual([]);
  });

  it('a web page whose <title> and <h1> both carry the title', async () => {
    expect(multiple(await read('2020-年报.html', readFileSync(EXAMPLE_HTML)))).toEqual([]);
  });

  it('a cover notice naming the report, then the report', async () => {
    const { name, text } = generateReport({ seed: 7, layout: 'tab', template: '2021' });
    const [agency = '', title = ''] = text.split('\n\n');
    const notice = [`${agency}关于印发《${agency}${title}》的通知`, '各科室：', `现将《${agency}${title}》印发给你们，请认真贯彻落实。`];
    expect(multiple(await read(name, [...notice, text].join('\n\n')))).toEqual([]);
  });

  it('a report quoting last year’s figures, even row by row', async () => {
    const { name, text } = generateReport({ seed: 8, layout: 'spaced', template: '2021' });
    const lastYear = [
      '与上年相比：',
      '上年本年新收政府信息公开申请 12 件，上年结转 1 件，结转下年度继续办理 2 件。',
      '本年新收 12 件',
      '结转下年度 2 件',
    ];
    const quoted = text.replace('\n\n二、', `\n\n${lastYear.join('\n')}\n\n二、`);
    expect(multiple(await read(name, quoted))).toEqual([]);
  });
});
