import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../functions/shared/model/report.js';
import {
  agencyShingleCount,
  mayBeAlike,
  nameCore,
  proseSimilarity,
  SAME_PROSE,
} from '../../../functions/validate/rules/prose-likeness.js';
import { SEEDS_RUN, seedPath } from '../../support/seeds.js';
import { type Prose, readStreet, readText, SHICHAHAI, SHICHAHAI_NUMBERS, TIANQIAO, TIANQIAO_NUMBERS } from './street-reports.js';

const [TQ, SCH] = ['北京市西城区天桥街道', '北京市西城区什刹海街道'];
const street = (agency: string, prose: Prose, numbers = SHICHAHAI_NUMBERS) => readStreet(agency, prose, numbers);

/** 天桥's prose filed by 什刹海: its name put in, a few of its own numbers, and optionally some paragraphs its own. */
function copiedBy(prose: Prose, own: Partial<Prose> = {}): Prose {
  const renamed = (paragraph: string) =>
    paragraph
      .replaceAll('天桥', '什刹海')
      .replace('1019条', '865条')
      .replace('396条', '402条')
      .replace('申请7件，上年结转1件', '申请11件，上年结转0件');
  return { ...prose, 一: prose.一.map(renamed), ...own };
}

describe('proseSimilarity between two agencies of a year', () => {
  it('tells a report copied with the name and numbers changed from one written for the agency', async () => {
    const tianqiao = await street(TQ, TIANQIAO, TIANQIAO_NUMBERS);
    const shichahai = await street(SCH, SHICHAHAI);
    // Written each by its agency: the same headings, tables and set phrases, and nothing else.
    expect(proseSimilarity(shichahai, tianqiao, 'agency')).toBeCloseTo(0.31, 2);
    // Copied: one text once the names and numbers are set aside; without setting them aside it would not be.
    const copy = await street(SCH, copiedBy(TIANQIAO));
    expect(proseSimilarity(copy, tianqiao, 'agency')).toBe(1);
    expect(proseSimilarity(copy, tianqiao, 'year')).toBeLessThan(SAME_PROSE.year);
    // Copied with one of its seven paragraphs of prose its own: still a copy.
    const touchedUp = await street(SCH, copiedBy(TIANQIAO, { 五: SHICHAHAI.五 }));
    expect(proseSimilarity(touchedUp, tianqiao, 'agency')).toBeCloseTo(0.9, 2);
    expect(proseSimilarity(touchedUp, tianqiao, 'agency')).toBeGreaterThanOrEqual(SAME_PROSE.agency);
    // Half of it rewritten: the agency's own report, though it borrowed from the other.
    const half = await street(SCH, copiedBy(TIANQIAO, { 一: [...TIANQIAO.一.slice(0, 6), ...SHICHAHAI.一.slice(5)] }));
    expect(proseSimilarity(half, tianqiao, 'agency')).toBeLessThan(SAME_PROSE.agency);
    // The same either way round: whichever of the two arrives first, both are told.
    expect(proseSimilarity(tianqiao, touchedUp, 'agency')).toBe(proseSimilarity(touchedUp, tianqiao, 'agency'));
  });

  it('rules prose out by shingle counts only where it cannot be alike: never a copy, and prose of other lengths', async () => {
    const tianqiao = await street(TQ, TIANQIAO, TIANQIAO_NUMBERS);
    const reports = [
      tianqiao,
      await street(SCH, SHICHAHAI),
      await street(SCH, copiedBy(TIANQIAO)),
      await street(SCH, copiedBy(TIANQIAO, { 五: SHICHAHAI.五 })),
      await street(SCH, copiedBy(TIANQIAO, { 一: [...TIANQIAO.一.slice(0, 6), ...SHICHAHAI.一.slice(5)] })),
      await street(SCH, { ...TIANQIAO, 一: TIANQIAO.一.slice(0, 2), 五: [] }), // a shortened copy
      await street(SCH, { ...SHICHAHAI, 一: [] }),
    ];
    const pairs = reports.flatMap((report, i) => reports.slice(i + 1).map((other) => [report, other] as const));
    const alike = pairs.filter(([a, b]) => proseSimilarity(a, b, 'agency') >= SAME_PROSE.agency);
    const ruledOut = pairs.filter(([a, b]) => !mayBeAlike(agencyShingleCount(a), agencyShingleCount(b)));
    expect(alike.length).toBeGreaterThanOrEqual(3);
    expect(ruledOut.length).toBeGreaterThan(0);
    expect(ruledOut.filter((pair) => alike.includes(pair))).toEqual([]);
    expect(mayBeAlike(0, 0)).toBe(false);
    expect(mayBeAlike(1_000, 850)).toBe(true);
    expect(mayBeAlike(1_000, 849)).toBe(false);
  });

  it('compares no prose shorter than 800 characters: the examples are the template and five set sentences', async () => {
    const examples = new URL('../../../examples/', import.meta.url);
    const reports: ReadReport[] = [];
    for (const folder of readdirSync(examples, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(new URL(`${folder.name}/`, examples))) {
        const bytes = new Uint8Array(readFileSync(new URL(`${folder.name}/${name}`, examples)));
        const result = await readReport({ name, bytes });
        if (result.status === 'parsed') reports.push(result.report);
      }
    }
    expect(reports.length).toBeGreaterThanOrEqual(7);
    const pairs = reports.flatMap((report, i) => reports.slice(i + 1).map((other) => [report, other] as const));
    expect(pairs.map(([report, other]) => proseSimilarity(report, other, 'agency'))).toEqual(pairs.map(() => 0));
  });

  it.runIf(SEEDS_RUN)('finds the real reports of 2020 their own, and a real one renamed a copy', async () => {
    const seed = (prefix: string) => readText(`${prefix}.txt`, readFileSync(seedPath(prefix), 'utf8'));
    const [tianqiao, donghuashi, wangchenglu] = await Promise.all(['000', '003', '004'].map(seed));
    for (const [report, other] of [
      [tianqiao, donghuashi],
      [tianqiao, wangchenglu],
      [donghuashi, wangchenglu],
    ] as const) {
      expect(proseSimilarity(report!, other!, 'agency')).toBeLessThan(0.12);
    }
    const renamed = readFileSync(seedPath('000'), 'utf8').replaceAll('天桥', '陶然亭').replace('1019条', '987条');
    expect(proseSimilarity(await readText('copy.txt', renamed), tianqiao!, 'agency')).toBe(1);
  });
});

describe('nameCore', () => {
  it('keeps what tells an agency from the district’s others', () => {
    expect(nameCore('西城区人民政府天桥街道办事处')).toBe('天桥');
    expect(nameCore('北京市西城区什刹海街道')).toBe('什刹海');
    expect(nameCore('东花市街道')).toBe('东花市');
    expect(nameCore('北京市西城区全响应服务中心')).toBe('全响应服务中心');
  });
});
