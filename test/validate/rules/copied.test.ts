import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../functions/shared/model/report.js';
import { dSameAsLastYear } from '../../../functions/validate/rules/copied.js';
import { proseSimilarity, SAME_PROSE } from '../../../functions/validate/rules/prose-likeness.js';
import { reportFactory } from '../../support/report-factory.js';

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
    expect(proseSimilarity(copied, tianqiao2020)).toBeGreaterThanOrEqual(SAME_PROSE);
    // One changed sentence is a report edited for its year, not a copy.
    const edited = movedOn(example('tianqiao/2020-年报.txt')).replace(/。/, '，本年度新增政务公开专栏三个，更新信息一百余条。');
    expect(proseSimilarity(await read('2021.txt', edited), tianqiao2020)).toBeLessThan(SAME_PROSE);
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
