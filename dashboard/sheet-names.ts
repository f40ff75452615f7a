/** Excel refuses a sheet name over 31 characters or with any of []:*?/\ in it, and compares names ignoring case. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/gu;

/**
 * Hands out valid sheet names, each unique in the workbook: agency names can be long or carry a bracket, and two
 * agencies may shorten to the same name, which then gets `(2)`, `(3)` … at its end.
 */
export class SheetNames {
  private readonly taken = new Set<string>(['history']); // Excel keeps `History` for itself

  next(wanted: string): string {
    // an apostrophe may not begin or end a name either
    const base = wanted.replace(FORBIDDEN, '_').replace(/^'+|'+$/gu, '').trim() || '机构';
    for (let n = 1; ; n += 1) {
      const suffix = n === 1 ? '' : `(${n})`;
      const name = `${[...base].slice(0, MAX_LENGTH - suffix.length).join('')}${suffix}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
