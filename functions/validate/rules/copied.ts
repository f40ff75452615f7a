import { finding } from '../../shared/model/finding.js';
import type { ReadReport } from '../../shared/model/report.js';
import { NOTHING, type Rule, found } from './rule.js';

/**
 * Prose at least this alike, years aside, is the same text with only the year changed: a report written anew for
 * its year shares the template's headings and set phrases with the last one, but its sentences and numbers change
 * (test/validate/rules/copied.test.ts measures pairs of both kinds).
 */
export const SAME_PROSE = 0.97;
/** Shorter prose says too little to call it copied. */
const MIN_PROSE = 200;
const SHINGLE = 4;

/**
 * D-SAME-AS-LAST-YEAR: this year's Table 三 and 四 are the same as the agency's previous report's, with numbers not
 * all zero, or its prose is near-identical once the years are set aside: the report was copied forward.
 */
export const dSameAsLastYear: Rule = {
  id: 'D-SAME-AS-LAST-YEAR',
  tables: [],
  crossYear: true,
  check: ({ report, previous }) => {
    if (!previous) return NOTHING;
    const other = previous.title ? `上年报告《${previous.title}》` : `${previous.year}年度报告`;
    if (sameTables(report, previous)) {
      return found(
        finding('D-SAME-AS-LAST-YEAR', {
          message: `表三、表四的数字与${other}完全相同，可能照搬了上年报告；请按本年实际情况核对后更正。`,
        }),
      );
    }
    const similarity = proseSimilarity(report, previous);
    if (similarity < SAME_PROSE) return NOTHING;
    return found(
      finding('D-SAME-AS-LAST-YEAR', {
        message:
          `正文与${other}几乎相同（除年份外 ${Math.floor(similarity * 100)}% 相同），可能照搬了上年报告；` +
          '请按本年实际情况核对后更正。',
      }),
    );
  },
};

function sameTables(report: ReadReport, previous: ReadReport): boolean {
  const tables = (r: ReadReport) => [r.table3, r.table4];
  const numbers = tables(report).flatMap((table) => Object.values(table ?? {}).flatMap((row) => Object.values(row)));
  return (
    report.table3 !== undefined &&
    report.table4 !== undefined &&
    numbers.some((value) => value !== null && value !== 0) &&
    JSON.stringify(tables(report)) === JSON.stringify(tables(previous))
  );
}

/** The share of this year's word shingles (years masked) that last year's prose also has; 0 for short prose. */
export function proseSimilarity(report: ReadReport, previous: ReadReport): number {
  const [mine, theirs] = [shingles(report), shingles(previous)];
  if (mine.size === 0 || theirs.size === 0) return 0;
  let shared = 0;
  for (const shingle of mine) if (theirs.has(shingle)) shared++;
  return shared / Math.max(mine.size, theirs.size);
}

function shingles(report: ReadReport): Set<string> {
  const text = report.paragraphs
    .map((paragraph) => paragraph.text)
    .join('')
    .replace(/(?:19|20)\d{2}\s*年/g, '年')
    .replace(/\s+/g, '');
  if (text.length < MIN_PROSE) return new Set();
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= text.length; i++) result.add(text.slice(i, i + SHINGLE));
  return result;
}
