import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';

async function checkSeed(prefix: string) {
  const path = seedPath(prefix);
  const result = await readReport({ name: basename(path), bytes: readFileSync(path) });
  if (result.status !== 'parsed') throw new Error(`seed ${prefix} was rejected`);
  return checkReport(result.report);
}

const errors = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.row ?? null, f.column ?? null]);
const narrative = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith('N-'));

/** What each seed is known to hold: exactly these errors, at least these warnings, and no other narrative warning. */
describe.runIf(SEEDS_RUN)('the seeds (needs ../shared/seeds)', () => {
  it('000: the three Table 三 errors, the placeholder and the misdated sentence', async () => {
    const { findings } = await checkSeed('000');
    expect(errors(findings)).toEqual([
      ['T3-ROW-TOTAL', 'handledTotal', 'total'],
      ['T3-HANDLED-SUM', 'handledTotal', 'natural'],
      ['T3-BALANCE', null, 'total'],
    ]);
    expect(narrative(findings)).toEqual([
      expect.objectContaining({ rule: 'N-PLACEHOLDER', excerpt: expect.stringContaining('重点领域公开政府信息数条') }),
      expect.objectContaining({
        rule: 'N-YEAR',
        expected: 2020,
        actual: 2019,
        excerpt: expect.stringContaining('2019年天桥街道共收到依申请公开件1件'),
      }),
    ]);
  });

  it('001: no error; the parts that do not add up, the answered count that is not （七）总计, the staff stated twice', async () => {
    const { findings } = await checkSeed('001');
    expect(errors(findings)).toEqual([]);
    expect(narrative(findings)).toEqual([
      expect.objectContaining({ rule: 'N-HANDLED', row: 'handledTotal', expected: 8, actual: 9 }),
      expect.objectContaining({ rule: 'N-PARTS', expected: 9, actual: 8, excerpt: expect.stringContaining('不予公开') }),
      expect.objectContaining({ rule: 'N-CONFLICT', expected: 0, actual: 2, excerpt: expect.stringContaining('设专职人员2名') }),
    ]);
  });

  it('002: no error; only the one wrong percentage (2 of 154 is 1.3%, not 1.2%)', async () => {
    const { findings } = await checkSeed('002');
    expect(errors(findings)).toEqual([]);
    expect(narrative(findings)).toEqual([
      expect.objectContaining({
        rule: 'N-PERCENT',
        expected: 1.3,
        actual: 1.2,
        excerpt: expect.stringContaining('机构职责类2条'),
      }),
    ]);
  });

  it('003: nothing at all', async () => {
    expect((await checkSeed('003')).findings).toEqual([]);
  });

  it('004: shape errors only, and every Table 三 and 四 rule skipped', async () => {
    const { findings, skipped } = await checkSeed('004');
    expect(new Set(errors(findings).map(([rule]) => rule))).toEqual(new Set(['S-SHAPE']));
    expect(findings.filter((f) => f.rule === 'S-SHAPE').map((f) => f.table)).toEqual(['三', '三', '四']);
    expect(narrative(findings)).toEqual([]);
    expect(skipped).toEqual(
      expect.arrayContaining(
        ['T3-ROW-TOTAL', 'T3-HANDLED-SUM', 'T3-BALANCE'].map((rule) => ({
          rule,
          reason: 'Table 三 has shape errors (3 rows with no numbers; 18 rows read with 12 numbers for 7 cells)',
        })),
      ),
    );
    expect(skipped).toContainEqual({
      rule: 'T4-GROUP-TOTAL',
      reason: 'Table 四 has shape errors (the table read with 25 numbers for 15 cells)',
    });
  });
});
