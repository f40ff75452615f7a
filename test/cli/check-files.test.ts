import { describe, expect, it } from 'vitest';
import { type UploadedFile, checkFiles } from '../../cli/check-files.js';
import { finding } from '../../functions/shared/model/finding.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { reportFactory } from '../support/report-factory.js';

const file = (name: string): UploadedFile => ({ name, bytes: new Uint8Array() });

/** A stand-in reader: each file name maps to what reading it gives. */
const reader = (results: Record<string, ReadResult>) => (uploaded: UploadedFile) => {
  const result = results[uploaded.name];
  if (!result) throw new Error(`no stand-in for ${uploaded.name}`);
  return Promise.resolve(result);
};

const parsed = (year: number, carried: { in?: number; out?: number } = {}): ReadResult => ({
  status: 'parsed',
  report: reportFactory({
    agency: '天桥街道',
    year,
    table3: { carriedIn: { total: carried.in ?? 0 }, carriedOut: { total: carried.out ?? 0 } },
  }),
});

const rejected: ReadResult = { status: 'rejected', findings: [finding('S-FORMAT', { message: '无法读取该文件' })] };

describe('checkFiles', () => {
  it('checks 2019, 2020 and 2021 as two pairs, each year against the one before', async () => {
    const results = { '2019.txt': parsed(2019, { out: 1 }), '2020.txt': parsed(2020), '2021.txt': parsed(2021) };
    const { reports } = await checkFiles(['2021.txt', '2019.txt', '2020.txt'].map(file), reader(results));
    const carry = reports.map((r) => r.findings.filter((f) => f.rule === 'X-CARRY').map((f) => [f.expected, f.actual]));
    expect(carry).toEqual([[], [], [[1, 0]]]);
    expect(reports[1]?.skipped).toContainEqual({ rule: 'X-CARRY', reason: 'no 2018 report of this agency' });
  });

  it('gives a rejected file no agency, year or template, and says the history may lack it', async () => {
    const results = { 'broken.doc': rejected, '2020.txt': parsed(2020) };
    const { reports } = await checkFiles([file('broken.doc'), file('2020.txt')], reader(results));
    expect(reports[0]).toEqual({
      file: 'broken.doc',
      status: 'rejected',
      agency: null,
      year: null,
      template: null,
      findings: rejected.status === 'rejected' ? rejected.findings : [],
      skipped: [],
    });
    expect(reports[1]?.skipped).toContainEqual({
      rule: 'X-CARRY',
      reason: 'no 2019 report of this agency among the files read; broken.doc could not be read',
    });
  });

  it('is ok only with nothing to say, and findings with any warning', async () => {
    const blank = finding('S-BLANK', { table: '二', message: '空白' });
    const withWarning: ReadResult = { status: 'parsed', report: reportFactory({ findings: [blank] }) };
    const results = { 'clean.txt': parsed(2020), 'warned.txt': withWarning };
    const { reports } = await checkFiles([file('clean.txt'), file('warned.txt')], reader(results));
    expect(reports.map((r) => r.status)).toEqual(['ok', 'findings']);
  });

  it('checks reports of different agencies of a year given together against each other (D-SAME-AS-AGENCY)', async () => {
    const table3 = {
      received: { natural: 5, commercial: 2, total: 7 },
      granted: { natural: 4, commercial: 2, total: 6 },
      'unable.1': { natural: 1, total: 1 },
      handledTotal: { natural: 5, commercial: 2, total: 7 },
    };
    const of = (agency: string): ReadResult => ({ status: 'parsed', report: reportFactory({ agency, table3 }) });
    const results = { '天桥.docx': of('天桥街道'), '天桥.pdf': of('西城区天桥街道'), '陶然亭.txt': of('陶然亭街道') };
    const { reports } = await checkFiles(Object.keys(results).map(file), reader(results));
    const named = reports.map((r) => r.findings.map((f) => `${f.rule} ${/与(.+?)的报告/.exec(f.message)?.[1]}`));
    // the .docx and the PDF of 天桥 are one agency's: not each other's copies
    expect(named).toEqual([
      ['D-SAME-AS-AGENCY 陶然亭街道'],
      ['D-SAME-AS-AGENCY 陶然亭街道'],
      ['D-SAME-AS-AGENCY 天桥街道'],
    ]);
  });
});
