/** Agency names as titles write them: `北京市西城区人民政府天桥街道办事处`, `西城区天桥街道`, `区人民政府办公室`. */

/**
 * A comparable form: NFKC, no spaces or punctuation, `人民政府` shortened to `政府`, and `政府` dropped wherever it
 * is not the 政府办公室/办公厅 itself (`西城区人民政府天桥街道办事处` is 西城区天桥街道, `长辛店镇人民政府` is 长辛店镇);
 * a trailing `办事处` (or `街道办`'s `办`) dropped.
 */
export function agencyKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/人民政府/gu, '政府')
    .replace(/政府(?!办公[室厅])/gu, '')
    .replace(/(?:办事处|(?<=街道)办)$/u, '');
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
