import { describe, expect, it } from 'vitest';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { reportFactory } from '../support/report-factory.js';

const shape = (table: '三' | '四'): Finding =>
  finding('S-SHAPE', { table, row: 'granted', expected: 7, actual: 12, message: '表三「（一）予以公开」行读到 12 个数' });

describe('checkReport', () => {
  it('finds nothing in a consistent report and lists what it could not compare', () => {
    expect(checkReport(reportFactory({ year: 2020 }))).toEqual({
      findings: [],
      skipped: [
        { rule: 'X-CARRY', reason: 'no 2019 report of this agency' },
        { rule: 'D-SAME-AS-LAST-YEAR', reason: 'no 2019 report of this agency' },
      ],
    });
  });

  it('lists the reader’s findings first, then the rules’', () => {
    const blank = finding('S-BLANK', { table: '二', message: '空白' });
    const report = reportFactory({ findings: [blank], table3: { handledTotal: { natural: 1, total: 1 } } });
    expect(checkReport(report).findings.map((f) => `${f.rule} ${f.column ?? ''}`)).toEqual([
      'S-BLANK ',
      'T3-HANDLED-SUM natural',
      'T3-HANDLED-SUM total',
      'T3-BALANCE natural',
      'T3-BALANCE total',
    ]);
  });

  it('skips every rule of a table with shape errors, even where its numbers would fail', () => {
    const report = reportFactory({ findings: [shape('三')], table3: { handledTotal: { natural: 1 } } });
    const { findings, skipped } = checkReport(report);
    expect(findings.map((f) => f.rule)).toEqual(['S-SHAPE']);
    expect(skipped).toEqual(
      expect.arrayContaining(
        ['T3-ROW-TOTAL', 'T3-HANDLED-SUM', 'T3-BALANCE', 'N-RECEIVED', 'N-HANDLED'].map((rule) => ({
          rule,
          reason: 'Table 三 has shape errors (1 row read with 12 numbers for 7 cells)',
        })),
      ),
    );
  });

  it('skips the rules of a missing table', () => {
    const { skipped } = checkReport(reportFactory({ without: ['四'] }));
    expect(skipped).toContainEqual({ rule: 'T4-GROUP-TOTAL', reason: 'Table 四 is missing' });
    expect(skipped).toContainEqual({ rule: 'N-REVIEW', reason: 'Table 四 is missing' });
  });

  it('runs the cross-year rules against the previous year', () => {
    const report = reportFactory({ year: 2021, template: '2021', table3: { carriedIn: { legal: 1, total: 1 } } });
    const previous = reportFactory({ year: 2020 });
    const { findings } = checkReport(report, { previous });
    expect(findings.filter((f) => f.rule === 'X-CARRY').map((f) => f.column)).toEqual(['legal', 'total']);
  });

  it.each([
    {
      name: 'a report of another year',
      previous: reportFactory({ year: 2018 }),
      reason: 'the previous report is not for 2019',
    },
    {
      name: 'a previous report whose Table 三 is broken',
      previous: reportFactory({ year: 2019, findings: [shape('三')] }),
      reason: 'Table 三 has shape errors (1 row read with 12 numbers for 7 cells) in the 2019 report',
    },
  ])('skips X-CARRY given $name', ({ previous, reason }) => {
    expect(checkReport(reportFactory(), { previous }).skipped).toContainEqual({ rule: 'X-CARRY', reason });
  });

  it('skips X-STOCK when last year’s Table 二 has shape errors, and runs X-CARRY all the same', () => {
    const broken = finding('S-SHAPE', { table: '二', row: 'regulations', expected: 3, actual: 2, message: '表二「规章」行读到 2 个数', at: { line: 20 } });
    const previous = reportFactory({ year: 2021, template: '2021', findings: [broken] });
    const report = reportFactory({ year: 2022, template: '2021', table3: { carriedIn: { total: 1 } } });
    const { findings, skipped } = checkReport(report, { previous });
    expect(skipped).toContainEqual({ rule: 'X-STOCK', reason: 'Table 二 has shape errors (1 row read with 2 numbers for 3 cells) in the 2021 report' });
    expect(findings.filter((f) => f.rule === 'X-CARRY').map((f) => f.column)).toEqual(['total']);
  });

  it('gives the caller’s reason when it knows why there is no previous year to compare with', () => {
    const previousUnavailable = '2 reports of this agency for 2019 were given (a.txt, b.txt)';
    const { skipped } = checkReport(reportFactory({ year: 2020 }), { previousUnavailable });
    expect(skipped).toEqual([
      { rule: 'X-CARRY', reason: previousUnavailable },
      { rule: 'D-SAME-AS-LAST-YEAR', reason: previousUnavailable },
    ]);
  });

  it('skips a rule that throws, with the error, and still runs the others', () => {
    const report = reportFactory({ table3: { handledTotal: { natural: 1, total: 1 } } });
    Object.defineProperty(report, 'paragraphs', {
      get: () => {
        throw new Error('paragraphs exploded');
      },
    });
    const { findings, skipped } = checkReport(report);
    expect(findings.map((f) => f.rule)).toContain('T3-HANDLED-SUM');
    const reason = 'internal error, please report it: paragraphs exploded';
    expect(skipped).toContainEqual({ rule: 'N-RECEIVED', reason });
  });

  it('does not repeat a rule the reader already applied', () => {
    const versionYear = finding('S-VERSION-YEAR', { message: '模板与年度不符' });
    const report = reportFactory({ year: 2022, template: '2019', findings: [versionYear] });
    expect(checkReport(report).findings.filter((f) => f.rule === 'S-VERSION-YEAR')).toHaveLength(1);
  });

  it('checks the agency when the caller knows which one uploaded the file', () => {
    const report = reportFactory({ agency: '北京市西城区什刹海街道' });
    const { findings } = checkReport(report, { expectedAgency: { name: '东花市街道', aliases: [] } });
    expect(findings.map((f) => f.rule)).toEqual(['S-AGENCY']);
  });
});
