import { describe, expect, it } from 'vitest';
import { TABLE3_ROW_LABELS } from '../../functions/shared/model/template.js';
import { generateCorpus, generateReport, INJECTABLE_ERRORS, TEXT_LAYOUTS } from '../../corpus/synthetic-report.js';

const SEEDS = Array.from({ length: 60 }, (_, index) => index * 7919 + 1);

describe('generateReport', () => {
  it('gives the same text for the same options', () => {
    const options = { seed: 42, errors: ['rowTotal', 'blankCell'] as const };
    expect(generateReport(options).text).toBe(generateReport(options).text);
    expect(generateReport({ seed: 43 }).text).not.toBe(generateReport(options).text);
  });

  it.each(TEXT_LAYOUTS)('prints consistent tables with no expected finding in the %s layout', (layout) => {
    for (const seed of SEEDS) {
      const report = generateReport({ seed, layout });
      expect(report.expectedRules, `seed ${seed}`).toEqual([]);
      expect(report.text).toContain(`${report.year}年政府信息公开工作年度报告`);
    }
  });

  it.each([
    { error: 'rowTotal', rule: 'T3-ROW-TOTAL' },
    { error: 'handledSum', rule: 'T3-HANDLED-SUM' },
    { error: 'balance', rule: 'T3-BALANCE' },
    { error: 'groupTotal', rule: 'T4-GROUP-TOTAL' },
    { error: 'blankCell', rule: 'S-BLANK' },
    { error: 'narrative', rule: 'N-RECEIVED' },
  ] as const)('expects $rule when a $error error is injected', ({ error, rule }) => {
    for (const seed of SEEDS) {
      expect(generateReport({ seed, errors: [error] }).expectedRules, `seed ${seed}`).toContain(rule);
    }
  });

  it('injects a handled-sum error without breaking the row total', () => {
    for (const seed of SEEDS) {
      expect(generateReport({ seed, errors: ['handledSum'] }).expectedRules).toEqual(['T3-HANDLED-SUM']);
    }
  });

  it('prints every Table 三 row label of the template in the pipe layout', () => {
    const report = generateReport({ seed: 5, layout: 'pipe', template: '2019' });
    for (const row of ['received', 'granted', 'denied.8', 'otherHandling', 'handledTotal'] as const) {
      expect(report.text).toContain(TABLE3_ROW_LABELS[row].split(' ').at(-1));
    }
  });

  it('keeps a blank cell missing (null), never 0', () => {
    const report = generateReport({ seed: 9, errors: ['blankCell'] });
    const cells = [...Object.values(report.table3), ...Object.values(report.table4)].flatMap((row) =>
      Object.values(row ?? {}),
    );
    expect(cells).toContain(null);
  });
});

describe('generateCorpus', () => {
  it('covers every layout and both templates, with some reports carrying errors', () => {
    const corpus = generateCorpus(100, 1);
    expect(new Set(corpus.map((report) => report.layout))).toEqual(new Set(TEXT_LAYOUTS));
    expect(new Set(corpus.map((report) => report.template))).toEqual(new Set(['2019', '2021']));
    const withErrors = corpus.filter((report) => report.errors.length > 0);
    expect(withErrors.length).toBeGreaterThan(10);
    expect(withErrors.every((report) => report.errors.every((error) => INJECTABLE_ERRORS.includes(error)))).toBe(true);
  });
});
