import { normalizeText } from '../decode.js';

/**
 * Tolerant label matching. Reports spell the template's labels many ways: full- or half-width brackets,
 * straight or curly quotes, numbering prefixes (一、 （三） 1. ②), stray spaces, dropped or wrong characters.
 * A label is normalised to its bare words, then matched exactly, by prefix (a label with its note or a
 * wrapped line) or within a small edit distance.
 */

const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．,，]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．,，)）](?!\d)|[①-⑳])\s*/;

/** The bare words of a label: numbering prefixes, brackets, quotes, spaces and punctuation removed. */
export function normalizeLabel(text: string): string {
  let rest = normalizeText(text).trim();
  for (let prefix = NUMBERING.exec(rest); prefix; prefix = NUMBERING.exec(rest)) rest = rest.slice(prefix[0].length);
  return rest.replace(/[^\p{L}\p{N}]/gu, '');
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
  const length = [...alias].length;
  return length < 4 ? 0 : Math.floor(length / 4);
}

/** Scores a normalised cell against one alias, or null when it is too far. */
function scoreAlias(cell: string, alias: string): number | null {
  if (cell === alias) return 0;
  if ([...alias].length >= 4 && cell.startsWith(alias)) return 0.5;
  const allowed = tolerance(alias);
  if (Math.abs([...cell].length - [...alias].length) > allowed) return null;
  const distance = editDistance(cell, alias);
  return distance <= allowed ? distance : null;
}

/** The closest candidate for a normalised cell, or null when none is close enough. Earlier candidates win ties. */
export function matchLabel<K extends string>(
  cell: string,
  candidates: readonly LabelCandidate<K>[],
): LabelMatch<K> | null {
  let best: LabelMatch<K> | null = null;
  if (cell === '') return null;
  for (const candidate of candidates) {
    for (const alias of candidate.aliases) {
      const score = scoreAlias(cell, alias);
      if (score !== null && (best === null || score < best.score)) best = { key: candidate.key, score };
    }
  }
  return best;
}
