import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/check.js';
import { UsageError } from '../../cli/usage-error.js';
import { STOPPED } from '../../functions/parse/read-limits.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';
import { contractSchema } from './support/contract.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE = join(ROOT, 'examples/donghuashi/2020-年报-GB18030.txt');
const seed = seedPath;

async function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk) => {
      out[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    return { code: await run(args), ...out };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** A copy of a seed with some lines replaced (1-based line numbers), written to a temporary directory. */
function variant(source: string, name: string, lines: Record<number, string>): string {
  const text = readFileSync(source, 'utf8').split('\n');
  for (const [number, line] of Object.entries(lines)) text[Number(number) - 1] = line;
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-check-')), name);
  writeFileSync(path, text.join('\n'));
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('check usage', () => {
  it.each([
    { name: 'an unknown flag', args: ['--nope', 'a.txt'], message: /unknown flag '--nope'/ },
    { name: 'no files', args: ['--json'], message: /no files given/ },
    { name: 'a missing file', args: ['/nonexistent/report.txt'], message: /no such file: \/nonexistent\/report\.txt/ },
    { name: 'a directory', args: [tmpdir()], message: /is a directory: give the report files in it/ },
  ])('rejects $name as bad usage', async ({ args, message }) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('exits 2 with one line on stderr through the nianbao binary', async () => {
    const result = await promisify(execFile)('node', ['--import', 'tsx', 'bin/nianbao.ts', 'check', '--bogus'], {
      cwd: ROOT,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    const stderr = (result as { stderr: string }).stderr.trim().split('\n');
    expect(stderr).toEqual([expect.stringMatching(/^nianbao: unknown flag/)]);
  });
});

describe.runIf(SEEDS_RUN)('check on the seeds (needs ../shared/seeds)', () => {
  it('exits 0 for a report with nothing to say', async () => {
    const { code, stdout } = await check([seed('003')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/003_.*: ok/);
  });

  it('exits 1 and prints the contract when a report has findings', async () => {
    const { code, stdout } = await check(['--json', seed('003'), seed('000')]);
    expect(code).toBe(1);
    const { reports } = contractSchema.parse(JSON.parse(stdout));
    expect(reports.map((r) => [r.file, r.status, r.year, r.template])).toEqual([
      [seed('003'), 'ok', 2020, '2019'],
      [seed('000'), 'findings', 2020, '2019'],
    ]);
    expect(reports[1]?.agency).toBe('西城区人民政府天桥街道办事处');
  });

  it('counts a report with warnings only as findings, exit 1 (only a report with nothing to say is ok)', async () => {
    const { code, stdout } = await check(['--json', seed('002')]);
    expect(code).toBe(1);
    const [report] = contractSchema.parse(JSON.parse(stdout)).reports;
    expect(report?.status).toBe('findings');
    expect(report?.findings.map((f) => f.severity)).not.toContain('error');
  });

  it('prints the usage on stdout for --help and exits 0', async () => {
    const { code, stdout } = await check(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: nianbao check \[--json\] FILE\.\.\./);
  });

  it('notes two files of one agency and year on stderr and compares neither with the other', async () => {
    const copy = variant(seed('003'), 'copy.txt', {});
    const { stdout, stderr } = await check(['--json', seed('003'), copy]);
    expect(stderr).toBe(
      `nianbao: note: ${seed('003')}, ${copy} are each the 2020 report of 东花市街道: ` +
        'they are not compared with each other\n',
    );
    const reports = contractSchema.parse(JSON.parse(stdout)).reports;
    expect(reports.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('skips X-CARRY naming the files when two differing files are the previous year', async () => {
    const earlier = variant(seed('003'), '2019.txt', { 1: '东花市街道2019年政府信息公开' });
    const again = variant(earlier, '2019-again.txt', { 355: '\t1', 361: '\t1' });
    const { stdout } = await check(['--json', seed('003'), earlier, again]);
    const [later] = contractSchema.parse(JSON.parse(stdout)).reports;
    const reason = `2 reports of this agency for 2019 were given and their tables differ (${earlier}, ${again})`;
    expect(later?.skipped).toEqual([
      { rule: 'X-CARRY', reason },
      { rule: 'D-SAME-AS-LAST-YEAR', reason },
    ]);
  });

  it('warns two agencies whose reports of a year are one text, each naming the other, and no other seed', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'nianbao-check-')), '朝阳门.txt');
    writeFileSync(copy, readFileSync(seed('003'), 'utf8').replaceAll('东花市', '朝阳门'));
    const seeds = ['000', '001', '002', '003', '004'].map(seed);
    const { stdout } = await check(['--json', ...seeds, copy]);
    const named = contractSchema
      .parse(JSON.parse(stdout))
      .reports.map((r) => r.findings.filter((f) => f.rule === 'D-SAME-AS-AGENCY').map((f) => /与(.+?)的报告/.exec(f.message)?.[1]));
    expect(named).toEqual([[], [], [], ['朝阳门街道'], [], ['东花市街道']]);
  });

  it('lists a rejected file with its S-FORMAT finding', async () => {
    const path = variant(seed('003'), 'report.doc', {});
    const { code, stdout } = await check(['--json', path]);
    expect(code).toBe(1);
    const [report] = contractSchema.parse(JSON.parse(stdout)).reports;
    expect(report).toMatchObject({ status: 'rejected', agency: null, year: null, findings: [{ rule: 'S-FORMAT' }] });
  });

  it('prints a readable table grouped by report without --json', async () => {
    const { stdout } = await check([seed('000')]);
    expect(stdout).toMatch(/规则\s+表格位置\s+文件位置\s+应为\s+实填\s+说明/);
    expect(stdout).toMatch(/T3-ROW-TOTAL\s+表三 \/ （七）总计 \/ 总计\s+第377行\s+1\s+0\s+（七）总计 行/);
  });

  it('gives a sum error the line of the cell it names, in the JSON as in the table', async () => {
    const { stdout } = await check(['--json', seed('000')]);
    const [report] = contractSchema.parse(JSON.parse(stdout)).reports;
    const sums = report?.findings.filter((f) => f.rule === 'T3-ROW-TOTAL' || f.rule === 'T3-HANDLED-SUM');
    expect(sums?.map((f) => f.at)).toEqual([{ line: 377 }, { line: 371 }]);
  });

  it('compares the same agency across two files one year apart (X-CARRY)', async () => {
    // 003 is 东花市街道's 2020 report; its 2019 report is made to carry 1 application over into 2020
    const earlier = variant(seed('003'), '2019.txt', { 1: '东花市街道2019年政府信息公开', 355: '\t1', 361: '\t1' });
    const { stdout } = await check(['--json', seed('003'), earlier]);
    const [later] = contractSchema.parse(JSON.parse(stdout)).reports;
    const carry = later?.findings.filter((f) => f.rule === 'X-CARRY');
    expect(carry?.map((f) => [f.row, f.column, f.expected, f.actual])).toEqual([
      ['carriedIn', 'natural', 1, 0],
      ['carriedIn', 'total', 1, 0],
    ]);
  });

  it('checks 现行有效件数 across two 2021-template years (X-STOCK)', async () => {
    // 001 is 什刹海街道's 2024 report; its 2023 report had 5 行政规范性文件 in force, so 2024 must have 5 too
    const earlier = variant(seed('001'), '2023.txt', { 46: '\t5' });
    const renamed = readFileSync(earlier, 'utf8').replace('什刹海街道2024年', '什刹海街道2023年');
    writeFileSync(earlier, renamed);
    const { stdout } = await check(['--json', earlier, seed('001')]);
    const [, later] = contractSchema.parse(JSON.parse(stdout)).reports;
    expect(later?.findings.filter((f) => f.rule === 'X-STOCK')).toEqual([
      expect.objectContaining({ table: '二', row: 'normativeDocuments', column: 'inForce', expected: 5, actual: 0 }),
    ]);
  });

  it('prints only JSON on stdout through npm run check --json', async () => {
    const files = ['000', '001', '002', '003', '004'].map(seed);
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'check', '--', '--json', ...files], {
      cwd: ROOT,
    }).catch((error: { stdout: string }) => error);
    expect(contractSchema.parse(JSON.parse(stdout)).reports).toHaveLength(5);
  });
});

describe('check on files too large to read', () => {
  /** Sparse files: the file system holds their size but no byte of them. */
  function huge(name: string, size: number): string {
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-huge-')), name);
    writeFileSync(path, '');
    truncateSync(path, size);
    return path;
  }

  it('rejects a 1.5 GB and a 2 GB+ file with the size reason, unread, and checks the example beside them', async () => {
    const [middling, giant] = [huge('1.5g.txt', 1.5 * 2 ** 30), huge('giant.pdf', 2 ** 31 + 1)];
    const alone = contractSchema.parse(JSON.parse((await check(['--json', EXAMPLE])).stdout)).reports;
    const rssBefore = process.memoryUsage().rss;
    const { code, stdout } = await check(['--json', middling, EXAMPLE, giant]);
    const grown = process.memoryUsage().rss - rssBefore;
    expect(code).toBe(1);
    const reports = contractSchema.parse(JSON.parse(stdout)).reports;
    const tooLarge = STOPPED.size();
    const sizeFindings = tooLarge.status === 'rejected' ? tooLarge.findings : [];
    expect(reports.map((r) => [r.file, r.status])).toEqual([
      [middling, 'rejected'],
      [EXAMPLE, 'findings'],
      [giant, 'rejected'],
    ]);
    expect(reports[0]?.findings).toEqual(sizeFindings);
    expect(reports[2]?.findings).toEqual(sizeFindings);
    expect(reports[1]?.findings).toEqual(alone[0]?.findings);
    expect(grown).toBeLessThan(200 * 2 ** 20); // reading either would have taken gigabytes
  }, 60_000);
});

describe('check on a report with one wrong total', () => {
  it('suggests the cell to fix in the JSON, and leaves a report that adds up without suggestions', async () => {
    const clean = join(ROOT, 'examples/wangchenglu/2020-年报.html');
    const reports = contractSchema.parse(JSON.parse((await check(['--json', EXAMPLE, clean])).stdout)).reports;
    // donghuashi's （一）予以公开 writes 总计 5 where its six columns, and （七）总计 less （二）部分公开, say 4.
    expect(reports[0]?.suggestions).toEqual([
      {
        table: '三',
        changes: [{ row: 'granted', column: 'total', actual: 5, proposed: 4 }],
        explains: ['T3-ROW-TOTAL', 'T3-HANDLED-SUM'],
        unique: true,
      },
    ]);
    expect(reports[1]).not.toHaveProperty('suggestions');
  });
});
