import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadReport } from '../../functions/shared/model/report.js';

/** The project's clean 2020 web page: its title is the one a reader sees. */
const PAGE = readFileSync(new URL('../../examples/wangchenglu/2020-年报.html', import.meta.url), 'utf8');
const AGENCY = '洛阳市西工区人民政府王城路街道办事处';
const TITLE = `${AGENCY}2020年政府信息公开工作年度报告`;
const H1 = `<h1>${TITLE}</h1>`;
const TITLE_TAG = `<title>${TITLE}</title>`;
const SITE_TITLE = '<title>某某区人民政府门户网站</title>';

async function read(html: string): Promise<ReadReport> {
  const result = await readReport({ name: 'report.html', bytes: new TextEncoder().encode(html) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

/** The page with its <title> and <h1> replaced (either left out when given as ''). */
const page = (title: string, h1: string): string => PAGE.replace(TITLE_TAG, title).replace(H1, h1);

const meta = (report: ReadReport) => ({ title: report.title, agency: report.agency, year: report.year });
const CLEAN = { title: TITLE, agency: AGENCY, year: 2020 };

describe('the title is read from the text a reader sees', () => {
  it('reads the clean page', async () => {
    expect(meta(await read(PAGE))).toEqual(CLEAN);
  });

  it.each([
    ['a script in <title>', `<title>${AGENCY}<script>document.title="2019年某局"</script>2020年政府信息公开工作年度报告</title>`],
    ['markup in <title>', `<title><b>${AGENCY}</b><span>2020</span>年政府信息公开<i>工作</i>年度报告</title>`],
    ['a hidden span and a comment in <title>', `<title>${AGENCY}<span hidden>2018年</span><!-- 2017年 -->2020年政府信息公开工作年度报告</title>`],
    ['a style block in <title>', `<title><style>b{}</style>${AGENCY}2020年政府信息公开工作年度报告</title>`],
    ['entities in <title>', `<title>&#x6D1B;阳市西工区人民政府王城路街道办事处2020&#24180;政府信息公开工作年度报告</title>`],
    ['escaped markup in <title>', `<title>${AGENCY}&lt;script&gt;alert("2019年")&lt;/script&gt;2020年政府信息公开工作年度报告</title>`],
  ])('reads the title, agency and year from <title> carrying %s (no <h1>)', async (_, title) => {
    expect(meta(await read(page(title, '')))).toEqual(CLEAN);
  });

  it.each([
    ['a script', `<h1>${AGENCY}<script>var t = "2019年报告>";</script>2020年政府信息公开工作年度报告</h1>`],
    ['a style', `<h1><style>h1 > span { color: red }</style>${TITLE}</h1>`],
    ['a noscript and a template', `<h1>${AGENCY}<noscript>2019年</noscript><template>2018年</template>2020年政府信息公开工作年度报告</h1>`],
    ['a comment', `<h1>${AGENCY}<!-- 2019年 > -->2020年政府信息公开工作年度报告</h1>`],
    ['hidden elements', `<h1>${AGENCY}<span hidden>2019年</span><span style="DISPLAY : none">2018年|</span><i style="visibility: hidden">2017年</i>2020年政府信息公开工作年度报告</h1>`],
    ['inline markup', `<h1><font color="red">${AGENCY}</font><b>2020</b>年<span>政府信息公开工作年度报告</span></h1>`],
    ['entities', `<h1>${AGENCY}2020&#x5E74;&nbsp;政府信息公开工作年度报告</h1>`],
  ])('reads the title, agency and year from an <h1> carrying %s (the <title> names no report)', async (_, h1) => {
    expect(meta(await read(page(SITE_TITLE, h1)))).toEqual(CLEAN);
  });

  it.each([
    ['a class', '.hide { display: none }', `<span class="hide">2019年</span>`],
    ['an id', 'h1 > b, #slip, .x{visibility : hidden}', `<span id="slip">2019年</span><i class="x">2018年</i>`],
    ['a tag and class', 'span.a.b { color: red; display:none }', `<span class="b a">2019年</span>`],
  ])('reads the title when the page style sheet hides part of the <h1> by %s', async (_, css, slip) => {
    // The page's <title> names no report: the title can only come from the <h1>.
    const html = page(`${SITE_TITLE}<style>${css}</style>`, `<h1>${AGENCY}${slip}2020年政府信息公开工作年度报告</h1>`);
    expect(meta(await read(html))).toEqual(CLEAN);
  });

  it('never hides by a print-only rule, a class another rule shows, or a block holding the tables', async () => {
    const clean = await read(PAGE);
    const css = '@media print { h1, .tab { display: none } } .tab { display: none } .tab.active { display: block } .zoom { display: none }';
    const html = PAGE.replace(TITLE_TAG, `${TITLE_TAG}<style>${css}</style>`)
      .replace('<body>', '<body><div class="tab active"><div class="zoom">')
      .replace('</body>', '</div></div></body>');
    const report = await read(html);
    expect(meta(report)).toEqual(CLEAN);
    expect(report.findings).toEqual(clean.findings);
    expect(report.table3).toEqual(clean.table3);
  });

  it('reads the <h1> when <title> is hostile too, and never a year only markup holds', async () => {
    const title = `<title><script>alert("2019年")</script>门户网站</title>`;
    const h1 = `<h1>${AGENCY}<script>document.write("2019年")</script>2020年政府信息公开工作年度报告</h1>`;
    expect(meta(await read(page(title, h1)))).toEqual(CLEAN);
  });
});
