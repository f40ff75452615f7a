import { describe, expect, it } from 'vitest';
import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import {
  carryFinding,
  followUpFactory,
  objectRefFactory,
  readReportFactory,
  storedReportFactory,
} from './factories.js';
import { reviewMarkContract } from './review-mark-contract.js';

const AT = '2025-02-01T09:00:00.000Z';

/** A version of tianqiao's report, uploaded at `uploadedAt`, for `year`. */
function version(n: number, fields: { year?: number; agencyId?: string; uploadedAt?: string } = {}) {
  const agencyId = fields.agencyId ?? 'tianqiao';
  return storedReportFactory({
    source: objectRefFactory({ key: `incoming/${agencyId}/report.txt`, version: `v${n}` }),
    agencyId,
    uploadedAt: fields.uploadedAt ?? `2025-01-2${n}T08:00:00.000Z`,
    report: readReportFactory({ year: fields.year ?? 2024 }),
  });
}

const rejected = () =>
  storedReportFactory({ source: objectRefFactory({ version: 'bad' }), status: 'REJECTED', report: undefined });

/**
 * The behaviour every ReportStore adapter shares (functions/shared/store/store.ts). Run for the memory store here, and
 * against DynamoDB Local by the local pipeline's tests: `describeReportStoreContract('dynamo', () => makeStore())`.
 * `makeStore` must return an empty store each time.
 */
export function describeReportStoreContract(name: string, makeStore: () => ReportStore | Promise<ReportStore>) {
  describe(`${name} store: the ReportStore contract`, () => {
    it('stores a report once: a second put with the same id is a duplicate and changes nothing', async () => {
      const store = await makeStore();
      const report = version(1);
      expect(await store.putReportOnce(report)).toBe('created');
      expect(await store.putReportOnce({ ...report, fileName: 'other.txt' })).toBe('duplicate');
      expect(await store.getReport(report.id)).toEqual(report);
    });

    it('returns undefined for an id it does not hold', async () => {
      expect(await (await makeStore()).getReport('nope')).toBeUndefined();
    });

    it('saves a validation once, only from PARSED', async () => {
      const store = await makeStore();
      const report = version(1);
      const bad = rejected();
      await store.putReportOnce(report);
      await store.putReportOnce(bad);
      const skipped = [{ rule: 'X-CARRY' as const, reason: 'no previous year' }];
      const suggestions = [
        {
          table: '三' as const,
          changes: [{ row: 'handledTotal', column: 'total', actual: 0, proposed: 1 }],
          explains: ['T3-ROW-TOTAL' as const],
          unique: true,
        },
      ];
      const validation = { findings: [carryFinding], skipped, suggestions, proseShingles: 1_234 };
      expect(await store.saveValidation(report.id, validation, AT)).toBe('saved');
      expect(await store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).toBe('already');
      expect(await store.saveValidation(bad.id, { findings: [], skipped: [] }, AT)).toBe('already');
      expect(await store.getReport(report.id)).toMatchObject({
        status: 'VALIDATED',
        findings: [carryFinding],
        skipped,
        suggestions,
        proseShingles: 1_234,
        validatedAt: AT,
      });
    });

    it('marks a report notified once, only from VALIDATED or REJECTED', async () => {
      const store = await makeStore();
      const parsed = version(1);
      const validated = version(2);
      const bad = rejected();
      for (const report of [parsed, validated, bad]) await store.putReportOnce(report);
      await store.saveValidation(validated.id, { findings: [], skipped: [] }, AT);
      expect(await store.markNotified(parsed.id, ['a@example.gov.cn'], AT)).toBe(false);
      expect(await store.markNotified(validated.id, ['a@example.gov.cn'], AT)).toBe(true);
      expect(await store.markNotified(validated.id, ['b@example.gov.cn'], AT)).toBe(false);
      expect(await store.markNotified(bad.id, [], AT)).toBe(true);
      expect(await store.getReport(validated.id)).toMatchObject({
        status: 'NOTIFIED',
        notifiedTo: ['a@example.gov.cn'],
        notifiedAt: AT,
      });
      expect((await store.getReport(bad.id))?.status).toBe('NOTIFIED');
    });

    it('throws ReportNotFoundError when a status change names a report it does not hold', async () => {
      const store = await makeStore();
      await expect(store.saveValidation('nope', { findings: [], skipped: [] }, AT)).rejects.toThrow(ReportNotFoundError);
      await expect(store.markNotified('nope', [], AT)).rejects.toThrow(ReportNotFoundError);
      await expect(store.markFollowUpNotified('nope', 'f1', AT)).rejects.toThrow(ReportNotFoundError);
    });

    it('finds the latest upload of an agency for a year, and nothing for another agency or year', async () => {
      const store = await makeStore();
      const [older, newer] = [version(1), version(3)];
      const otherYear = version(4, { year: 2023 });
      // `tian` is a prefix of `tianqiao`: its reports must not count as tianqiao's.
      const prefixAgency = version(5, { agencyId: 'tian' });
      for (const report of [newer, older, otherYear, prefixAgency, rejected()]) await store.putReportOnce(report);
      expect((await store.latestFor('tianqiao', 2024))?.id).toBe(newer.id);
      expect((await store.latestFor('tian', 2024))?.id).toBe(prefixAgency.id);
      expect((await store.latestFor('tianqiao', 2023))?.id).toBe(otherYear.id);
      expect(await store.latestFor('tianqiao', 2022)).toBeUndefined();
      expect(await store.latestFor('shichahai', 2024)).toBeUndefined();
    });

    it('lists every version of a year, and every report (rejected ones too, follow-ups never)', async () => {
      const store = await makeStore();
      const reports = [version(1), version(2), version(3, { year: 2023 }), rejected()];
      for (const report of reports) await store.putReportOnce(report);
      await store.putFollowUpOnce(followUpFactory({ reportId: reports[0]!.id }));
      const ids = (list: { id: string }[]) => list.map((report) => report.id).sort();
      expect(ids(await store.reportsForYear(2024))).toEqual(ids(reports.slice(0, 2)));
      expect(ids(await store.allReports())).toEqual(ids(reports));
    });

    it('stores a follow-up once and marks it notified once', async () => {
      const store = await makeStore();
      const followUp = followUpFactory();
      expect(await store.putFollowUpOnce(followUp)).toBe('created');
      expect(await store.putFollowUpOnce({ ...followUp, causedBy: 'other' })).toBe('duplicate');
      expect(await store.putFollowUpOnce(followUpFactory({ id: 'f2' }))).toBe('created');
      expect(await store.followUpsOf('r2025')).toEqual([followUp, followUpFactory({ id: 'f2' })]);
      expect(await store.followUpsOf('other')).toEqual([]);
      expect(await store.markFollowUpNotified('r2025', 'f1', AT)).toBe(true);
      expect(await store.markFollowUpNotified('r2025', 'f1', AT)).toBe(false);
      expect((await store.followUpsOf('r2025'))[0]?.notifiedAt).toBe(AT);
    });

    it('refuses an invalid item instead of storing it', async () => {
      const store = await makeStore();
      await expect(store.putReportOnce({ ...version(1), uploadedAt: 'yesterday' })).rejects.toThrow();
      expect(await store.allReports()).toEqual([]);
    });

    reviewMarkContract(makeStore);
  });
}
