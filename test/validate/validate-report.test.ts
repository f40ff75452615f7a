import { describe, expect, it, vi } from 'vitest';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { type CheckReport, validateReport } from '../../functions/validate/validate-report.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { objectRefFactory, readReportFactory, storedReportFactory } from '../shared/factories.js';

const xicheng: DistrictConfig = loadDistricts().find((district) => district.id === 'xicheng')!;
const NOW = '2025-03-01T00:00:00.000Z';
const blank = finding('S-BLANK', { message: '表格有空白单元格。' });

/** X-CARRY whose numbers name the two years, so each pair of years gives its own finding. */
const carry = (report: ReadReport, previous: ReadReport) =>
  finding('X-CARRY', { row: 'carriedIn', expected: previous.year!, actual: report.year!, message: '结转数不一致。' });

/** A stand-in for checkReport: structural findings, then X-CARRY when there is a previous year. */
const fakeCheck = () =>
  vi.fn<CheckReport>((report, { previous } = {}) => ({
    findings: [...report.findings, ...(previous ? [carry(report, previous)] : [])],
    skipped: previous ? [] : [{ rule: 'X-CARRY', reason: 'no previous year' }],
  }));

function reportOf(year: number, fields: Partial<StoredReport> & { version?: string } = {}): StoredReport {
  const { version = `${year}`, ...rest } = fields;
  return storedReportFactory({
    source: objectRefFactory({ key: `incoming/tianqiao/${year}.txt`, version }),
    uploadedAt: `${year + 1}-01-20T08:00:00.000Z`,
    report: readReportFactory({ year, findings: [blank] }),
    ...rest,
  });
}

async function setUp(...reports: StoredReport[]) {
  const store = createMemoryReportStore();
  for (const report of reports) await store.putReportOnce(report);
  const check = fakeCheck();
  return { store, check, deps: { store, check, district: xicheng, now: () => new Date(NOW) } };
}

describe('validateReport', () => {
  it('checks a PARSED report against the latest version of the previous year and saves it as VALIDATED', async () => {
    // Prepare
    const older = reportOf(2023, { version: 'a', uploadedAt: '2024-01-01T00:00:00.000Z' });
    const newer = reportOf(2023, { version: 'b', uploadedAt: '2024-02-01T00:00:00.000Z' });
    const current = reportOf(2024);
    const { store, check, deps } = await setUp(older, newer, current);
    // Act
    const outcome = await validateReport(deps, current.id);
    // Assess
    expect(outcome).toEqual({ validation: 'saved' });
    expect(check).toHaveBeenCalledWith(current.report, {
      previous: newer.report,
      expectedAgency: { name: '西城区人民政府天桥街道办事处', aliases: ['天桥街道', '天桥街道办事处'] },
      peers: [],
    });
    expect(await store.getReport(current.id)).toMatchObject({
      status: 'VALIDATED',
      findings: [blank, carry(current.report!, newer.report!)],
      skipped: [],
      validatedAt: NOW,
    });
  });

  it('validates without a previous year or an expected agency when there is none', async () => {
    const stranger = reportOf(2024, { agencyId: 'newcomer', knownAgency: false });
    const { store, check, deps } = await setUp(stranger);
    await validateReport(deps, stranger.id);
    expect(check).toHaveBeenCalledWith(stranger.report, { previous: undefined, expectedAgency: undefined, peers: [] });
    expect((await store.getReport(stranger.id))?.skipped).toEqual([{ rule: 'X-CARRY', reason: 'no previous year' }]);
  });

  it('does nothing new for a repeated stream record', async () => {
    const current = reportOf(2024);
    const { check, deps } = await setUp(current);
    await validateReport(deps, current.id);
    expect(await validateReport(deps, current.id)).toEqual({ validation: 'already' });
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('throws for a report the table does not hold, so the record is retried and then parked', async () => {
    const { deps } = await setUp();
    await expect(validateReport(deps, 'nope')).rejects.toThrow(ReportNotFoundError);
  });
});

describe('validateReport when an earlier year arrives after a later one', () => {
  const later = reportOf(2025, { status: 'VALIDATED', findings: [blank] });
  const earlier = reportOf(2024);

  it('re-checks the later year and writes its new X-* findings as one follow-up, once', async () => {
    const { store, deps } = await setUp(later, earlier);
    expect(await validateReport(deps, earlier.id)).toEqual({ validation: 'saved', followUp: 'created' });
    // A retry of the same record finds the report validated and writes the same follow-up again: a no-op.
    expect(await validateReport(deps, earlier.id)).toEqual({ validation: 'already', followUp: 'duplicate' });
    const followUps = await store.followUpsOf(later.id);
    expect(followUps).toEqual([
      {
        reportId: later.id,
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        findings: [carry(later.report!, earlier.report!)],
        createdAt: NOW,
        causedBy: earlier.id,
      },
    ]);
    expect((await store.getReport(later.id))?.findings).toEqual([blank]); // the first email's findings stay
  });

  it('writes no follow-up when the later year already had that X-* finding', async () => {
    const knew = { ...later, findings: [blank, carry(later.report!, earlier.report!)] };
    const { store, deps } = await setUp(knew, earlier);
    expect(await validateReport(deps, earlier.id)).toEqual({ validation: 'saved' });
    expect(await store.followUpsOf(later.id)).toEqual([]);
  });

  it('leaves a later year that is still PARSED to its own validation', async () => {
    const { store, deps } = await setUp({ ...later, status: 'PARSED' }, earlier);
    await validateReport(deps, earlier.id);
    expect(await store.followUpsOf(later.id)).toEqual([]);
  });

  it('re-checks nothing when a newer version of the earlier year exists', async () => {
    const newerVersion = reportOf(2024, { version: 'newer', uploadedAt: '2026-01-01T00:00:00.000Z' });
    const { store, deps } = await setUp(later, earlier, newerVersion);
    await validateReport(deps, earlier.id);
    expect(await store.followUpsOf(later.id)).toEqual([]);
  });
});

describe('validateReport over three years arriving out of order (same semantics as the CLI)', () => {
  it('pairs each year with the year before exactly, never across a gap', async () => {
    const [y2022, y2023, y2024] = [2022, 2023, 2024].map((year) => reportOf(year));
    const { store, check, deps } = await setUp(y2022!, y2023!, y2024!);
    // 2024 first while 2023 is still PARSED: compared with 2023, never with 2022
    await validateReport(deps, y2024!.id);
    await validateReport(deps, y2022!.id);
    await validateReport(deps, y2023!.id);
    const pairs = check.mock.calls.map(([report, context]) => [report.year, context?.previous?.year]);
    expect(pairs).toEqual([
      [2024, 2023],
      [2022, undefined],
      [2023, 2022],
      [2024, 2023], // the re-check for a follow-up, as 2023 is now the latest 2023
    ]);
    expect((await store.getReport(y2024!.id))?.findings).toEqual([blank, carry(y2024!.report!, y2023!.report!)]);
  });

  it('compares with nothing when only the year two before is stored', async () => {
    const [y2022, y2024] = [2022, 2024].map((year) => reportOf(year));
    const { check, deps } = await setUp(y2022!, y2024!);
    await validateReport(deps, y2024!.id);
    expect(check.mock.calls.map(([, context]) => context?.previous)).toEqual([undefined]);
  });
});
