import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { type Emulators, startEmulators } from '../../local/emulators/index.js';
import { type LocalPipeline, startLocalPipeline } from '../../local/pipeline.js';
import { followUploads, type Tracked } from '../../local/run/progress.js';
import { uploadPlanned } from '../../local/run/uploads.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';


const TIANQIAO = 'tianqiao@xicheng.example.gov.cn';
const DONGHUASHI = 'donghuashi@dongcheng.example.gov.cn';


describe.runIf(SEEDS_RUN)('the local pipeline, seeds 000 and 003 end to end', () => {
  let emulators: Emulators;
  let pipeline: LocalPipeline;
  let tracked: Tracked[];
  const quiet = () => undefined;

  const districtOf = (id: string) => {
    const district = loadDistricts().find((config) => config.id === id);
    if (!district) throw new Error(`no district ${id}`);
    return district;
  };
  const reportOf = (index: number): StoredReport => {
    const report = tracked[index]?.report;
    if (!report) throw new Error(`upload ${index} has no stored report`);
    return report;
  };
  const agencyEmails = async () =>
    (await emulators.ses.sentEmails()).filter((email) => !email.destination.to.some((to) => to.startsWith('zwgk-office@')));

  beforeAll(async () => {
    emulators = await startEmulators();
    pipeline = startLocalPipeline(emulators);
    tracked = [
      await uploadPlanned(pipeline, { path: seedPath('000_'), fileName: '2020 年报 000.txt', district: districtOf('xicheng'), agencyId: 'tianqiao' }),
      await uploadPlanned(pipeline, { path: seedPath('003_'), fileName: '003.txt', district: districtOf('dongcheng'), agencyId: 'donghuashi' }),
    ];
    expect(await followUploads(pipeline, tracked, { timeoutMs: 120_000, print: quiet })).toBe(true);
  }, 180_000);

  afterAll(async () => {
    await pipeline?.stop();
    await emulators?.stop();
  });

  it('stores seed 000 under its decoded key and mails it: NOTIFIED to tianqiao', () => {
    const report = reportOf(0);
    expect(report.source.key).toBe('incoming/tianqiao/2020 年报 000.txt');
    expect(report).toMatchObject({ agencyId: 'tianqiao', knownAgency: true, status: 'NOTIFIED', notifiedTo: [TIANQIAO] });
    expect(report.report?.year).toBe(2020);
  });

  it("finds seed 000's three Table 三 errors", () => {
    const errors = reportOf(0).findings.filter((finding) => finding.severity === 'error');
    expect(errors.map(({ rule, row, column }) => ({ rule, row, column }))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'T3-ROW-TOTAL', row: 'handledTotal', column: 'total' }),
        expect.objectContaining({ rule: 'T3-HANDLED-SUM', column: 'natural' }),
        expect.objectContaining({ rule: 'T3-BALANCE', column: 'total' }),
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('finds nothing in seed 003 and leaves it VALIDATED with no email', () => {
    const report = reportOf(1);
    expect(report).toMatchObject({ agencyId: 'donghuashi', status: 'VALIDATED', findings: [] });
    expect(report.notifiedTo).toBeUndefined();
  });

  it('sends exactly one agency email: to tianqiao, about its three errors', async () => {
    const emails = await agencyEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.destination.to).toEqual([TIANQIAO]);
    expect(emails[0]?.subject).toContain('3 处错误');
    expect(emails.some((email) => email.destination.to.includes(DONGHUASHI))).toBe(false);
  });

  it('stores a duplicate S3 event once and mails nothing more', async () => {
    const [first] = tracked;
    if (!first) throw new Error('no upload');
    await pipeline.redeliver(first.stack.bucket, first.key);
    expect(await followUploads(pipeline, tracked, { timeoutMs: 30_000, print: quiet })).toBe(true);
    expect(await first.stack.store.allReports()).toHaveLength(1);
    expect(await agencyEmails()).toHaveLength(1);
    expect(pipeline.dlq.letters()).toEqual([]);
  });
});
