/** Agency names as titles write them: `北京市西城区什刹海街道`, `西城区人民政府天桥街道办事处`, `天桥街道`. */

/** A comparable form: no spaces or punctuation, no `人民政府` between district and office, no trailing `办事处`. */
export function agencyKey(name: string): string {
  return name
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/人民政府(?=.)/u, '')
    .replace(/办事处$/u, '');
}

/**
 * Whether two names plausibly name the same agency: equal keys, or one key ending the other
 * (`北京市西城区什刹海街道` and `什刹海街道`). Short keys (under 3 characters) only match exactly.
 */
export function sameAgency(a: string, b: string): boolean {
  const [x, y] = [agencyKey(a), agencyKey(b)];
  if (x === y) return x.length > 0;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return shorter.length >= 3 && longer.endsWith(shorter);
}
