import { describe, expect, it } from 'vitest';
import type { ChildRead } from '../../bench/fresh-read.js';
import { READ_FAILED, readReport } from '../../functions/parse/read-report.js';
import { checkInput } from '../../scripts/fuzz/fuzz-property.js';
import { HOSTILE_CASES, type HostileCase } from '../../scripts/fuzz/hostile-cases.js';
import { judgeHostile, renderHostile } from '../../scripts/fuzz/hostile-run.js';

// The cheap hostile files only: `npm run fuzz` reads every one, each in its own process, with its peak memory.
const CHEAP = HOSTILE_CASES.filter((hostile) => hostile.cheap);

describe('hostile files the reader gets through', () => {
  it.each(CHEAP)('$id: $what', async (hostile) => {
    const file = await hostile.build();
    const result = await readReport(file);
    const findings = result.status === 'parsed' ? result.report.findings : result.findings;
    expect({ status: result.status, rules: findings.map((found) => found.rule).sort() }).toEqual(hostile.expected);
    expect((await checkInput(file)).kind).not.toBe('crash');
  });

  it('builds the large cases to the sizes they are named for', async () => {
    const size = async (id: string) =>
      (await (HOSTILE_CASES.find((hostile) => hostile.id === id) as HostileCase).build()).bytes.length;
    expect(await size('narrative-5mb')).toBeGreaterThan(5 * 1024 * 1024);
    for (const id of ['narrative-9.5mb', 'copies-9.5mb']) {
      const bytes = await size(id);
      expect(bytes).toBeGreaterThan(9.4 * 1024 * 1024);
      expect(bytes).toBeLessThanOrEqual(10 * 1024 * 1024);
    }
  });
});

describe('judging a hostile file read in its own process', () => {
  const [narrative] = HOSTILE_CASES as [HostileCase];
  const read = (status: ChildRead['status'], rules: string[], message?: string): ChildRead => ({
    status,
    rules,
    ...(message && { message }),
    ms: 120,
    peakRssMb: 700,
  });

  it('is ok when the outcome is the expected one, whatever the figures (the goals are judged in the table)', () => {
    expect(judgeHostile(narrative, read('parsed', []))).toBe('ok');
  });

  it('tells an unexpected outcome from a crash and a hang', () => {
    expect(judgeHostile(narrative, read('rejected', ['S-FORMAT'], '文件内容过多'))).toBe('unexpected');
    expect(judgeHostile(narrative, read('rejected', ['S-FORMAT'], `${READ_FAILED}…`))).toBe('crash');
    expect(judgeHostile(narrative, read('rejected', ['S-SHAPE']))).toBe('crash');
    expect(judgeHostile(narrative, { status: 'failed', reason: 'exit 1: RangeError' })).toBe('crash');
    expect(judgeHostile(narrative, { status: 'failed', reason: 'killed by SIGTERM (timeout 30000 ms)' })).toBe('hang');
  });

  it('prints each case with its verdict, and its time and memory against the goals', () => {
    const text = renderHostile([{ hostile: narrative, read: read('parsed', []), verdict: 'ok' }]);
    expect(text).toContain('narrative-1mb  OK');
    expect(text).toMatch(/narrative-1mb\.peakRssMb\s+700 MB\s+≤ 512 MB\s+MISS ×1\.4/);
    expect(text).toMatch(/narrative-1mb\.ms\s+120 ms\s+≤ 5,000 ms\s+ok/);
  });
});
