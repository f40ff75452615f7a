import { beforeAll, describe, expect, it } from 'vitest';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { checkAndSuggest } from '../../functions/validate/check-and-suggest.js';
import { validateReport } from '../../functions/validate/validate-report.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { objectRefFactory, storedReportFactory } from '../shared/factories.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { withReportBodies } from '../../functions/shared/store/report-bodies-store.js';
import { memoryReportBodies } from '../shared/memory-report-bodies.js';
import * as streets from './rules/street-reports.js';

const xicheng: DistrictConfig = loadDistricts().find((district) => district.id === 'xicheng')!;
const NOW = '2021-03-01T00:00:00.000Z';
const [TIANQIAO_NAME, SHICHAHAI_NAME] = ['西城区人民政府天桥街道办事处', '北京市西城区人民政府什刹海街道办事处'];

let tianqiao: ReadReport;
let copy: ReadReport;
let own: ReadReport;
beforeAll(async () => {
  const { SHICHAHAI, SHICHAHAI_NUMBERS, TIANQIAO, TIANQIAO_NUMBERS } = streets;
  tianqiao = await streets.readStreet('西城区天桥街道', TIANQIAO, TIANQIAO_NUMBERS);
  // 什刹海 files 天桥's report with its name put in and its own tables
  const copied = streets.streetReportText('西城区天桥街道', TIANQIAO, SHICHAHAI_NUMBERS).replaceAll('天桥', '什刹海');
  copy = await streets.readText('什刹海.txt', copied);
  own = await streets.readStreet('西城区什刹海街道', SHICHAHAI, SHICHAHAI_NUMBERS);
});

/** Filler first: the excerpt an item keeps is filler alone, the prose that was copied is in the body only. */
const FILLER = Array.from({ length: 8_000 }, (_, i) => ({ text: `本单位按计划推进第${i}项公开工作。`, at: { line: i + 1 } }));
const long = (report: ReadReport): ReadReport => ({ ...report, paragraphs: [...FILLER, ...report.paragraphs] });

function stored(agencyId: string, report: ReadReport, version = 'v1', uploadedAt = '2021-01-20T08:00:00.000Z') {
  const source = objectRefFactory({ key: `incoming/${agencyId}/2020.txt`, version });
  return storedReportFactory({ source, agencyId, report, uploadedAt, fileName: '2020.txt' });
}

async function setUp(store = createMemoryReportStore()) {
  const deps = { store, check: checkAndSuggest, district: xicheng, now: () => new Date(NOW) };
  const arrive = async (report: StoredReport) => {
    await store.putReportOnce(report);
    return validateReport(deps, report.id);
  };
  const sameAsAgency = async (report: StoredReport) => {
    const findings = (await store.getReport(report.id))?.findings ?? [];
    return findings.filter((f) => f.rule === 'D-SAME-AS-AGENCY').map((f) => /与(.+?)的报告/.exec(f.message)?.[1]);
  };
  const followUps = async (report: StoredReport) =>
    (await store.followUpsOf(report.id)).map(({ findings, causedBy }) => ({
      rules: findings.map((f) => f.rule),
      names: findings.map((f) => /与(.+?)的报告/.exec(f.message)?.[1]),
      causedBy,
    }));
  return { store, deps, arrive, sameAsAgency, followUps };
}

describe('validateReport and D-SAME-AS-AGENCY, whichever agency uploads first', () => {
  it('warns the later report at validation and the earlier one by a follow-up, once each', async () => {
    for (const [first, second] of [
      [stored('tianqiao', tianqiao), stored('shichahai', copy)],
      [stored('shichahai', copy), stored('tianqiao', tianqiao)],
    ] as const) {
      const { deps, arrive, sameAsAgency, followUps } = await setUp();
      expect(await arrive(first)).toEqual({ validation: 'saved' });
      expect(await arrive(second)).toEqual({ validation: 'saved', peerFollowUps: { created: 1, duplicate: 0 } });
      // a repeated stream record of the second writes nothing new
      expect(await validateReport(deps, second.id)).toEqual({
        validation: 'already',
        peerFollowUps: { created: 0, duplicate: 1 },
      });
      const nameOf = (report: StoredReport) => (report.agencyId === 'tianqiao' ? TIANQIAO_NAME : SHICHAHAI_NAME);
      expect(await sameAsAgency(second)).toEqual([nameOf(first)]);
      expect(await sameAsAgency(first)).toEqual([]); // its first email's findings stay as they were
      expect(await followUps(first)).toEqual([
        { rules: ['D-SAME-AS-AGENCY'], names: [nameOf(second)], causedBy: second.id },
      ]);
      expect(await followUps(second)).toEqual([]);
    }
  });

  it('gives no follow-up to a report that was validated with the other one already stored', async () => {
    const { store, arrive, sameAsAgency, followUps } = await setUp();
    const [a, b] = [stored('tianqiao', tianqiao), stored('shichahai', copy)];
    await store.putReportOnce(b); // stored, not yet validated
    await arrive(a);
    expect(await arrive(b)).toEqual({ validation: 'saved' });
    expect([await sameAsAgency(a), await sameAsAgency(b)]).toEqual([[SHICHAHAI_NAME], [TIANQIAO_NAME]]);
    expect([await followUps(a), await followUps(b)]).toEqual([[], []]);
  });

  it('compares a peer too large for its item by its whole prose, from its body, not by the item’s excerpt', async () => {
    // validated now (its shingle count stored, near the copy's), or stored before counts were: its body is read
    for (const validated of [true, false]) {
      const { store, arrive, sameAsAgency, followUps } = await setUp(withReportBodies(createMemoryReportStore(), memoryReportBodies()));
      const [original, copied] = [stored('tianqiao', long(tianqiao)), stored('shichahai', long(copy))];
      if (validated) await arrive(original);
      else await store.putReportOnce({ ...original, status: 'VALIDATED' });
      const item = await store.getReport(original.id, 'item');
      expect([item?.body !== undefined, item?.proseShingles !== undefined]).toEqual([true, validated]);
      expect(await arrive(copied)).toEqual({ validation: 'saved', peerFollowUps: { created: 1, duplicate: 0 } });
      expect(await sameAsAgency(copied)).toEqual([TIANQIAO_NAME]);
      expect((await followUps(original)).map(({ names }) => names)).toEqual([[SHICHAHAI_NAME]]);
    }
  });

  it('tells a large peer’s prose apart by its stored shingle count, reading no body, and still compares tables', async () => {
    const bodies = memoryReportBodies();
    const { store, arrive, sameAsAgency, followUps } = await setUp(withReportBodies(createMemoryReportStore(), bodies));
    const original = stored('tianqiao', long(tianqiao));
    await arrive(original);
    expect((await store.getReport(original.id, 'item'))?.proseShingles).toBeGreaterThan(0);
    bodies.objects.clear(); // a read of its body would now throw
    const tablesCopied = stored('shichahai', { ...own, table3: tianqiao.table3, table4: tianqiao.table4, paragraphs: [] });
    expect(await arrive(tablesCopied)).toEqual({ validation: 'saved', peerFollowUps: { created: 1, duplicate: 0 } });
    expect(await sameAsAgency(tablesCopied)).toEqual([TIANQIAO_NAME]);
    expect((await followUps(original)).map(({ names }) => names)).toEqual([[SHICHAHAI_NAME]]);
  });

  it('compares with the latest version of each other agency only, and finds reports written each by its agency fine', async () => {
    const { arrive, sameAsAgency, followUps } = await setUp();
    await arrive(stored('shichahai', copy, 'v1'));
    await arrive(stored('shichahai', own, 'v2', '2021-01-25T08:00:00.000Z')); // the copy replaced by its own report
    const later = stored('tianqiao', tianqiao);
    expect(await arrive(later)).toEqual({ validation: 'saved' });
    expect(await sameAsAgency(later)).toEqual([]);
    expect(await followUps(later)).toEqual([]);
  });
});
