import { finding } from '../../shared/model/finding.js';
import type { ReadReport } from '../../shared/model/report.js';
import { proseSimilarity, SAME_PROSE } from './prose-likeness.js';
import { NOTHING, type Peer, type Rule, found } from './rule.js';

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
    if (similarity < SAME_PROSE.year) return NOTHING;
    return found(
      finding('D-SAME-AS-LAST-YEAR', {
        message:
          `正文与${other}几乎相同（除年份外 ${Math.floor(similarity * 100)}% 相同），可能照搬了上年报告；` +
          '请按本年实际情况核对后更正。',
      }),
    );
  },
};

/**
 * D-SAME-AS-AGENCY: another agency's report of the same year (the callers' peers) has the same Table 三 and 四, or
 * prose near-identical once the agency names and numbers are set aside. Either report may be the copy, so both are
 * told, each naming the other; one finding per such peer.
 */
export const dSameAsAgency: Rule = {
  id: 'D-SAME-AS-AGENCY',
  tables: [],
  check: ({ report, peers = [] }) => found(...peers.flatMap((peer) => sameAsPeer(report, peer))),
};

/**
 * One application granted fills 6 cells, a few with two outcomes 8: tables this sparse are the same in many agencies
 * of a district without any copying.
 */
const MIN_FILLED_CELLS = 10;
const ALIKE = '两份报告可能有一份照搬了另一份；请按本单位实际情况核对，如有照搬请更正。';

function sameAsPeer(report: ReadReport, { name, report: peer, unlikeProse }: Peer) {
  const other = peer.title ? `${name}的报告《${peer.title}》` : `${name}的${peer.year}年度报告`;
  if (sameTables(report, peer, MIN_FILLED_CELLS)) {
    return [finding('D-SAME-AS-AGENCY', { message: `表三、表四的数字与${other}完全相同，${ALIKE}` })];
  }
  if (unlikeProse) return [];
  const similarity = proseSimilarity(report, peer, 'agency');
  if (similarity < SAME_PROSE.agency) return [];
  const alike = `除机构名称和数字外 ${Math.floor(similarity * 100)}% 相同`;
  return [finding('D-SAME-AS-AGENCY', { message: `正文与${other}几乎相同（${alike}），${ALIKE}` })];
}

/** Both reports have Table 三 and 四, equal, with at least `filled` numbers that are not zero. */
function sameTables(report: ReadReport, other: ReadReport, filled = 1): boolean {
  const tables = (r: ReadReport) => [r.table3, r.table4];
  const numbers = tables(report).flatMap((table) => Object.values(table ?? {}).flatMap((row) => Object.values(row)));
  return (
    report.table3 !== undefined &&
    report.table4 !== undefined &&
    numbers.filter((value) => value !== null && value !== 0).length >= filled &&
    JSON.stringify(tables(report)) === JSON.stringify(tables(other))
  );
}
