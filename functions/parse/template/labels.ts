import { normalizeText } from '../decode.js';

/**
 * Tolerant label matching. Reports spell the template's labels many ways: full- or half-width brackets,
 * straight or curly quotes, numbering prefixes (一、 （三） 1. ②), stray spaces, dropped or wrong characters.
 * A label is normalised to its bare words, then matched exactly, by prefix (a label with its note or a
 * wrapped line; or the first line of a label cut by a wrap) or within a small edit distance.
 */

const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．,，]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．,，)）](?!\d)|[①-⑳])\s*/;

/** Reports repeat the same few hundred labels; a bound keeps a stream of odd cells from growing these caches. */
const SEEN_LIMIT = 20_000;
const MAX_CACHED = 200;
const NORMALIZED = new Map<string, string>();

/** The bare words of a label: numbering prefixes, brackets, quotes, spaces and punctuation removed. */
export function normalizeLabel(text: string): string {
  const known = NORMALIZED.get(text);
  if (known !== undefined) return known;
  let rest = normalizeText(text).trim();
  for (let prefix = NUMBERING.exec(rest); prefix; prefix = NUMBERING.exec(rest)) rest = rest.slice(prefix[0].length);
  const bare = rest.replace(/[^\p{L}\p{N}]/gu, '');
  if (NORMALIZED.size >= SEEN_LIMIT) NORMALIZED.clear();
  if (text.length <= MAX_CACHED) NORMALIZED.set(text, bare);
  return bare;
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** A template label a cell may stand for, under one key. */
export interface LabelCandidate<K extends string> {
  key: K;
  /** Normalised spellings; the first is the template's. */
  aliases: readonly string[];
}

export interface LabelMatch<K extends string> {
  key: K;
  /** 0 exact, 0.5 the cell starts with the label, else the edit distance. */
  score: number;
}

/** How far a cell may be from a label of this length: none for short labels, about one character in four. */
function tolerance(alias: string): number {
  const { length } = alias;
  return length < 4 ? 0 : Math.floor(length / 4);
}

/** A wrapped label's first line cut mid-word (`申请人无正当理由逾期不补正、行政`): this long, it names one label. */
const CUT_PREFIX = 8;

/** Scores a normalised cell against one alias, or null when it is too far. */
function scoreAlias(cell: string, cellLength: number, alias: string): number | null {
  const aliasLength = alias.length;
  if (aliasLength >= 4 && cell.startsWith(alias)) return 0.5;
  if (cellLength >= CUT_PREFIX && alias.startsWith(cell)) return 1;
  const allowed = tolerance(alias);
  if (Math.abs(cellLength - aliasLength) > allowed) return null;
  const distance = editDistance(cell, alias);
  return distance <= allowed ? distance : null;
}

/** Per candidate list: each alias's first key (an exact match needs no scoring), and the cells matched before. */
interface MatchCache<K extends string> {
  exact: Map<string, K>;
  seen: Map<string, LabelMatch<K> | null>;
}
const CACHES = new WeakMap<readonly LabelCandidate<string>[], MatchCache<string>>();

function cacheFor<K extends string>(candidates: readonly LabelCandidate<K>[]): MatchCache<K> {
  const cached = CACHES.get(candidates) as MatchCache<K> | undefined;
  if (cached) return cached;
  const exact = new Map<string, K>();
  for (const candidate of candidates) for (const alias of candidate.aliases) if (!exact.has(alias)) exact.set(alias, candidate.key);
  const cache: MatchCache<K> = { exact, seen: new Map() };
  CACHES.set(candidates, cache as MatchCache<string>);
  return cache;
}

/**
 * The closest candidate for a normalised cell, or null when none is close enough. Earlier candidates win ties.
 * Aliases are BMP characters (Chinese labels), so string length counts characters.
 */
export function matchLabel<K extends string>(
  cell: string,
  candidates: readonly LabelCandidate<K>[],
): LabelMatch<K> | null {
  if (cell === '') return null;
  const cache = cacheFor(candidates);
  const exact = cache.exact.get(cell);
  if (exact !== undefined) return { key: exact, score: 0 };
  const seen = cache.seen.get(cell);
  if (seen !== undefined) return seen;
  let best: LabelMatch<K> | null = null;
  const cellLength = [...cell].length;
  for (const candidate of candidates) {
    for (const alias of candidate.aliases) {
      const score = scoreAlias(cell, cellLength, alias);
      if (score !== null && (best === null || score < best.score)) best = { key: candidate.key, score };
    }
  }
  if (cache.seen.size >= SEEN_LIMIT) cache.seen.clear();
  if (cell.length <= MAX_CACHED) cache.seen.set(cell, best);
  return best;
}
