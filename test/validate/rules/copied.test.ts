import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../functions/parse/read-report.js';
import { finding } from '../../../functions/shared/model/finding.js';
import type { ReadReport } from '../../../functions/shared/model/report.js';
import { checkReport } from '../../../functions/validate/check-report.js';
import { dSameAsAgency, dSameAsLastYear } from '../../../functions/validate/rules/copied.js';
import { proseSimilarity, SAME_PROSE } from '../../../functions/validate/rules/prose-likeness.js';
import { reportFactory } from '../../support/report-factory.js';
import { readText, SHICHAHAI_NUMBERS, streetReportText, TIANQIAO, TIANQIAO_NUMBERS } from './street-reports.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url);
async function read(name: string, text: string): Promise<ReadReport> {
  const result = await readReport({ name, bytes: new TextEncoder().encode(text) });
  if (result.status !== 'parsed') throw new Error(`${name} was rejected`);
  return result.report;
}
const example = (path: string) => readFileSync(new URL(path, EXAMPLES), 'utf8');
/** The agency's 2020 report filed again for 2021 with every year moved on by one and nothing else changed. */
const movedOn = (text: string) => text.replaceAll('2020年', '2021年').replaceAll('2019年', '2020年');
const findings = (report: ReadReport, previous: ReadReport) => dSameAsLastYear.check({ report, previous }).findings;

describe('D-SAME-AS-LAST-YEAR', () => {
  it('measures prose copied with only the year changed apart from prose written anew for the year', async () => {
    const tianqiao2019 = await read('2019.txt', example('tianqiao/2019-年报-管道分隔.txt'));
    const tianqiao2020 = await read('2020.txt', example('tianqiao/2020-年报.txt'));
    const copied = await read('2021.txt', movedOn(example('tianqiao/2020-年报.txt')));
    // The same agency's two years share the template's headings and set phrases, not the text.
    expect(proseSimilarity(tianqiao2020, tianqiao2019)).toBeLessThan(0.9);
    expect(proseSimilarity(copied, tianqiao2020)).toBeGreaterThanOrEqual(SAME_PROSE.year);
    // One changed sentence is a report edited for its year, not a copy.
    const edited = movedOn(example('tianqiao/2020-年报.txt')).replace(/。/, '，本年度新增政务公开专栏三个，更新信息一百余条。');
    expect(proseSimilarity(await read('2021.txt', edited), tianqiao2020)).toBeLessThan(SAME_PROSE.year);
  });

  it('names last year\'s report when this year\'s prose is a copy of it', async () => {
    const previous = await read('2020.txt', example('tianqiao/2020-年报.txt'));
    const copied = { ...(await read('2021.txt', movedOn(example('tianqiao/2020-年报.txt')))), table3: reportFactory().table3 };
    const [found] = findings(copied, previous);
    expect(found).toMatchObject({ rule: 'D-SAME-AS-LAST-YEAR', severity: 'warning' });
    expect(found?.message).toMatch(/^正文与上年报告《.+2020年.+》几乎相同（除年份外 100% 相同）/);
  });

  it('flags Table 三 and 四 copied with their numbers, and not tables that are all zero or differ', () => {
    const numbers = { table3: { received: { natural: 3, total: 3 } }, table4: { review: { upheld: 1, total: 1 } } };
    const [previous, report] = [reportFactory({ year: 2020, ...numbers }), reportFactory({ year: 2021, ...numbers })];
    expect(findings(report, previous).map((f) => f.message)).toEqual([
      '表三、表四的数字与上年报告《测试街道办事处2020年政府信息公开工作年度报告》完全相同，可能照搬了上年报告；请按本年实际情况核对后更正。',
    ]);
    expect(findings(reportFactory({ year: 2021 }), reportFactory({ year: 2020 }))).toEqual([]);
    const changed = reportFactory({ year: 2021, ...numbers, table4: { review: { upheld: 2, total: 2 } } });
    expect(findings(changed, previous)).toEqual([]);
  });
});

describe('D-SAME-AS-AGENCY', () => {
  const agencyFindings = (report: ReadReport, ...peers: ReadReport[]) =>
    dSameAsAgency.check({ report, peers: peers.map((peer) => ({ name: `${peer.agency}办事处`, report: peer })) }).findings;
  /** Seven applications, two kinds of applicant and of outcome, and an appeal: 13 numbers not zero. */
  const numbers = {
    table3: {
      received: { natural: 5, commercial: 2, total: 7 },
      granted: { natural: 4, commercial: 2, total: 6 },
      'unable.1': { natural: 1, total: 1 },
      handledTotal: { natural: 5, commercial: 2, total: 7 },
    },
    table4: { review: { upheld: 1, total: 1 } },
  };

  it('names the other agency\'s report whose Table 三 and 四 are the same', () => {
    const [report, peer] = [reportFactory({ agency: '甲街道', ...numbers }), reportFactory({ agency: '乙街道', ...numbers })];
    expect(agencyFindings(report, peer)).toEqual([
      {
        rule: 'D-SAME-AS-AGENCY',
        severity: 'warning',
        message:
          '表三、表四的数字与乙街道办事处的报告《乙街道2020年政府信息公开工作年度报告》完全相同，' +
          '两份报告可能有一份照搬了另一份；请按本单位实际情况核对，如有照搬请更正。',
      },
    ]);
    // one finding for each peer it matches, none for one that differs
    const third = reportFactory({ agency: '丙街道', ...numbers, table4: { review: { upheld: 2, total: 2 } } });
    const named = agencyFindings(report, peer, third, peer).map((f) => /与(.+?)的报告/.exec(f.message)?.[1]);
    expect(named).toEqual(['乙街道办事处', '乙街道办事处']);
  });

  it('leaves alone tables the same because they hold almost nothing: one application granted, or none', () => {
    const one = { table3: { received: { natural: 1, total: 1 }, granted: { natural: 1, total: 1 }, handledTotal: { natural: 1, total: 1 } } };
    expect(agencyFindings(reportFactory({ agency: '甲街道', ...one }), reportFactory({ agency: '乙街道', ...one }))).toEqual([]);
    expect(agencyFindings(reportFactory({ agency: '甲街道' }), reportFactory({ agency: '乙街道' }))).toEqual([]);
    expect(agencyFindings(reportFactory({ agency: '甲街道', ...numbers }))).toEqual([]);
  });

  it('names the other agency\'s report whose prose is this one\'s but for the names and numbers', async () => {
    const tianqiao = await readText('tq.txt', streetReportText('北京市西城区天桥街道', TIANQIAO, SHICHAHAI_NUMBERS));
    const copied = (text: string) => text.replaceAll('天桥', '陶然亭').replace('1019条', '1020条');
    const own = streetReportText('北京市西城区天桥街道', TIANQIAO, TIANQIAO_NUMBERS); // its own tables
    const taoranting = await readText('trt.txt', copied(own));
    const [found] = agencyFindings(taoranting, tianqiao);
    expect(found?.message).toBe(
      '正文与北京市西城区天桥街道办事处的报告《北京市西城区天桥街道2020年政府信息公开工作年度报告》几乎相同' +
        '（除机构名称和数字外 100% 相同），两份报告可能有一份照搬了另一份；请按本单位实际情况核对，如有照搬请更正。',
    );
  });

  it('is not compared with a file holding several reports, nor listed as skipped without peers', () => {
    const several = finding('S-MULTIPLE', { expected: 1, actual: 2, message: '文件中包含 2 份年度报告' });
    const [report, peer] = [reportFactory({ agency: '甲街道', ...numbers }), reportFactory({ agency: '乙街道', ...numbers })];
    const sameAsAgency = (peers: ReadReport[]) =>
      checkReport(report, { peers: peers.map((p) => ({ name: p.agency ?? '', report: p })) });
    expect(sameAsAgency([peer]).findings.map((f) => f.rule)).toContain('D-SAME-AS-AGENCY');
    const multiple = sameAsAgency([{ ...peer, findings: [several] }]);
    expect(multiple.findings.map((f) => f.rule)).not.toContain('D-SAME-AS-AGENCY');
    expect(sameAsAgency([]).skipped.map((s) => s.rule)).not.toContain('D-SAME-AS-AGENCY');
  });
});
