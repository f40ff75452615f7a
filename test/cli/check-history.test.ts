import { describe, expect, it } from 'vitest';
import { type GivenReport, peersOf, previousYear, sameYearNotes } from '../../cli/check-history.js';
import { reportFactory } from '../support/report-factory.js';

const given = (file: string, agency: string | null, year: number | null): GivenReport => ({
  file,
  report: reportFactory({ agency, year, template: year !== null && year >= 2021 ? '2021' : '2019' }),
});

describe('previousYear', () => {
  const y2019 = given('2019.txt', '北京市西城区人民政府天桥街道办事处', 2019);
  const y2020 = given('2020.txt', '西城区天桥街道办事处', 2020);
  const y2021 = given('2021.txt', '天桥街道办事处', 2021);

  it('pairs each report with the same agency one year earlier, however the title names it', () => {
    const all = [y2021, y2019, y2020];
    expect(previousYear(y2021, all).previous).toBe(y2020.report);
    expect(previousYear(y2020, all).previous).toBe(y2019.report);
    expect(previousYear(y2019, all)).toEqual({});
  });

  it('does not pair reports two years apart', () => {
    expect(previousYear(y2021, [y2019, y2021])).toEqual({});
  });

  it('does not pair another agency of the previous year', () => {
    expect(previousYear(y2021, [given('tiantan.txt', '天坛街道办事处', 2020), y2021])).toEqual({});
  });

  it('prefers the name that matches exactly over a shorter one that only ends it', () => {
    const xicheng = given('xc.txt', '西城区公安分局', 2020);
    const later = given('later.txt', '西城区公安分局', 2021);
    const all = [given('dc.txt', '东城区公安分局', 2020), xicheng, later];
    expect(previousYear(later, all).previous).toBe(xicheng.report);
  });

  it('compares with nothing when a short name could be either of two agencies', () => {
    const later = given('later.txt', '公安分局', 2021);
    const all = [given('xc.txt', '西城区公安分局', 2020), given('dc.txt', '东城区公安分局', 2020), later];
    expect(previousYear(later, all)).toEqual({
      unavailable: '2020 reports of more than one agency could be this one’s (xc.txt, dc.txt)',
    });
  });

  it('compares with either of two files of the previous year when their tables agree (a .docx and its PDF)', () => {
    const pdf = given('2019.pdf', '天桥街道', 2019);
    expect(previousYear(y2020, [y2019, pdf, y2020]).previous).toBe(y2019.report);
  });

  it('compares with nothing when two files are the agency’s previous year, and says which', () => {
    const corrected = given('2019-v2.txt', '天桥街道', 2019);
    corrected.report.table3 = { ...corrected.report.table3, carriedOut: undefined };
    const all = [y2019, corrected, y2020];
    expect(previousYear(y2020, all)).toEqual({
      unavailable: '2 reports of this agency for 2019 were given and their tables differ (2019.txt, 2019-v2.txt)',
    });
  });

  it('compares with a previous year given twice as with one file', () => {
    expect(previousYear(y2020, [y2019, y2019, y2020]).previous).toBe(y2019.report);
  });

  it('explains that a report without an agency name cannot be matched', () => {
    expect(previousYear(given('x.txt', null, 2020), [y2019])).toEqual({
      unavailable: 'the agency could not be read from the title, so no other file is matched to it',
    });
  });
});

describe('sameYearNotes', () => {
  it('names the files that are the same agency’s report for the same year', () => {
    const all = [
      given('a.txt', '西城区天桥街道办事处', 2020),
      given('b.txt', '天坛街道', 2020),
      given('c.docx', '天桥街道', 2020),
      given('d.txt', '天桥街道', 2021),
    ];
    expect(sameYearNotes(all)).toEqual([
      'a.txt, c.docx are each the 2020 report of 西城区天桥街道办事处: they are not compared with each other',
    ]);
  });

  it('says so when one file is given twice', () => {
    const report = given('a.txt', '天桥街道', 2020);
    expect(sameYearNotes([report, report])).toEqual(['a.txt is given 2 times']);
  });

  it('gives one line for many copies, naming a few', () => {
    const copies = ['1.txt', '2.txt', '3.txt', '4.txt', '5.txt'].map((file) => given(file, '天桥街道', 2020));
    expect(sameYearNotes(copies)).toEqual([
      '1.txt, 2.txt, 3.txt and 2 more are each the 2020 report of 天桥街道: they are not compared with each other',
    ]);
  });

  it('says nothing for one report per agency and year', () => {
    expect(sameYearNotes([given('a.txt', '天桥街道', 2020), given('b.txt', '天桥街道', 2021)])).toEqual([]);
  });
});

describe('peersOf', () => {
  const tianqiao = given('天桥.docx', '北京市西城区人民政府天桥街道办事处', 2020);
  const tianqiaoPdf = given('天桥.pdf', '西城区天桥街道', 2020);
  const shichahai = given('什刹海.txt', '北京市西城区什刹海街道', 2020);

  it('gives the other agencies of the same year, each once, and never a file of the same agency', () => {
    const all = [tianqiao, tianqiaoPdf, shichahai, given('什刹海.pdf', '什刹海街道', 2020)];
    expect(peersOf(tianqiao, all)).toEqual([{ name: '北京市西城区什刹海街道', report: shichahai.report }]);
    expect(peersOf(shichahai, all)).toEqual([{ name: '北京市西城区人民政府天桥街道办事处', report: tianqiao.report }]);
  });

  it('gives no report of another year, and none to a report whose agency or year is unknown', () => {
    expect(peersOf(tianqiao, [tianqiao, given('什刹海2019.txt', '北京市西城区什刹海街道', 2019)])).toEqual([]);
    expect(peersOf(given('x.txt', null, 2020), [tianqiao, shichahai])).toEqual([]);
    expect(peersOf(given('x.txt', '天坛街道', null), [tianqiao, shichahai])).toEqual([]);
  });
});
