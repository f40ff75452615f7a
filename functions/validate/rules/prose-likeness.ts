import type { ReadReport } from '../../shared/model/report.js';
import { agencyKey } from './agency-name.js';

/**
 * What two reports may differ in and still be one text. `year`: the agency's report of another year, its years
 * moved on. `agency`: another agency's report of the same year, its name and numbers changed.
 */
export type Likeness = 'year' | 'agency';

/**
 * Prose at least this alike, once what legitimately differs is set aside, is one text with only that changed.
 * A report written anew for its year shares the template's headings and set phrases, and much of its wording,
 * with the agency's last one (the example agency's two years: 87%), so only a copy with the years moved on is one
 * text. Two agencies writing each their own report share the headings and set phrases only (31% for two streets
 * of the same template, 11% at most between the real seeds), so a copy with one of its paragraphs rewritten (90%)
 * is one text still (test/validate/rules/copied.test.ts and prose-likeness.test.ts measure these pairs).
 */
export const SAME_PROSE: Record<Likeness, number> = { year: 0.97, agency: 0.85 };

/**
 * Prose shorter than this says too little to call it copied. Between agencies it must be long enough to be the
 * agency's own writing: the template's headings and a few set sentences, all the example reports have
 * (examples/report-model.ts), coincide between any two agencies, while a real report's prose runs to a thousand
 * characters or more.
 */
const MIN_PROSE: Record<Likeness, number> = { year: 200, agency: 800 };
const SHINGLE = 4;

/** The share of word shingles the two reports' prose have in common (of the larger set); 0 for short prose. */
export function proseSimilarity(report: ReadReport, other: ReadReport, likeness: Likeness = 'year'): number {
  const [mine, theirs] = [shinglesOf(report, likeness), shinglesOf(other, likeness)];
  if (mine.size === 0 || theirs.size === 0) return 0;
  let shared = 0;
  for (const shingle of mine) if (theirs.has(shingle)) shared++;
  return shared / Math.max(mine.size, theirs.size);
}

/**
 * How many shingles a report's prose has as two agencies' reports are compared (0: too short to compare). Validate
 * stores it on the item (proseShingles), so a peer is told apart without its prose: see mayBeAlike. A change to
 * masking or shingling changes these counts, so it must not reuse that field's name.
 */
export function agencyShingleCount(report: ReadReport): number {
  return shinglesOf(report, 'agency').size;
}

/**
 * False when two reports' prose, of these many agency shingles, cannot be SAME_PROSE.agency alike: the share they
 * have in common is at most the smaller set over the larger, so prose of very different lengths is never one text.
 */
export function mayBeAlike(mine: number, theirs: number): boolean {
  return Math.min(mine, theirs) > 0 && Math.min(mine, theirs) >= SAME_PROSE.agency * Math.max(mine, theirs);
}

/** A report is compared with every peer of its year: its shingles are built once per report and likeness. */
const SHINGLES = new WeakMap<ReadReport, Partial<Record<Likeness, Set<string>>>>();

function shinglesOf(report: ReadReport, likeness: Likeness): Set<string> {
  const known = SHINGLES.get(report) ?? {};
  SHINGLES.set(report, known);
  known[likeness] ??= shingles(masked(report, likeness), MIN_PROSE[likeness]);
  return known[likeness];
}

function masked(report: ReadReport, likeness: Likeness): string {
  const text = report.paragraphs.map((paragraph) => paragraph.text).join('\n');
  if (likeness === 'year') return text.replace(/(?:19|20)\d{2}\s*年/g, '年');
  const core = nameCore(report.agency ?? '');
  const named = core.length >= 2 ? text.replaceAll(core, '※') : text;
  // A table row that reached the prose is the template's labels and numbers, not the agency's writing.
  return named
    .replace(/\d+(?:[.,]\d+)*/g, '#')
    .split('\n')
    .filter((line) => (line.match(/(?:^|\s)#(?=\s|$)/g)?.length ?? 0) < 3)
    .join('\n');
}

function shingles(text: string, minimum: number): Set<string> {
  const letters = text.replace(/\s+/g, '');
  if (letters.length < minimum) return new Set();
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= letters.length; i++) result.add(letters.slice(i, i + SHINGLE));
  return result;
}

/**
 * The part of an agency's name its report uses for itself, which a copy changes: `天桥` of 西城区人民政府天桥街道办事处
 * (its text says 天桥街道, 天桥街道办事处, or the full name), `全响应服务中心` of 北京市西城区全响应服务中心.
 * The places before it (北京市, 西城区) are shared by the district's agencies, as is the kind after it (街道).
 */
export function nameCore(name: string): string {
  return agencyKey(name)
    .replace(/^.*[省市区县](?=.{3})/u, '')
    .replace(/(?<=.{2})(?:街道|地区|镇|乡)$/u, '');
}
