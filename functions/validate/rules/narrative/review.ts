import { finding } from '../../../shared/model/finding.js';
import { type ReadReport, type Table4, sumOrNull } from '../../../shared/model/report.js';
import { TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS } from '../../../shared/model/template.js';
import { type Rule, found } from '../rule.js';
import {
  COUNT_OR_NUMERAL,
  PART_OF_YEAR,
  type Sentence,
  WIDER_SCOPE,
  numberOf,
  quote,
  sentencesOf,
  yearBefore,
} from './prose.js';

export type Kind = '行政复议' | '行政诉讼';

export interface ReviewClaim {
  kind: Kind;
  value: number;
  sentence: Sentence;
  index: number;
}

// 行政复议申请1件; 行政诉讼案0件; 行政复议案件共2起
const CASES = new RegExp(
  String.raw`(行政复议|行政诉讼)(?:案件|案|申请|事项|数量)?(?:共|为|数量为|总数为)?(${COUNT_OR_NUMERAL})\s*(?:件|起|宗|个)`,
  'gu',
);
// 未收到信息公开方面的行政复议及行政诉讼事项; 无政府信息公开行政复议、行政诉讼情况; 无…被申请行政复议、提起行政诉讼
const NONE = new RegExp(
  String.raw`(?:未|没有|无)(?:收到|发生|出现|接到)?[^，。；,;\d未无没]{0,14}?(行政复议|行政诉讼)` +
    String.raw`(?:(?:及|和|与|、|或)(?:被)?(?:提起|申请)?(行政复议|行政诉讼))?` +
    // `无行政复议案件被纠错`: no case was corrected, not none at all
    String.raw`(?=事项|情况|案件|申请|案|[，。；,;]|$)(?!(?:事项|情况|案件|申请|案)(?:被|纠|败|撤))`,
  'gu',
);
/**
 * Sentences comparing with another period, or speaking of something other than the cases against this agency (a
 * government office that, as 复议机关, 受理 others' reviews).
 */
const ASIDE = /上年|去年|同比|较\d{4}年|累计|以来|作为(?:行政)?复议机关|受理[^，。；,;]{0,16}行政复议/u;

const isKind = (kind: string | undefined): kind is Kind => kind === '行政复议' || kind === '行政诉讼';

function claimsIn(sentence: Sentence, year: number | null): ReviewClaim[] {
  const { text } = sentence;
  if (!/行政复议|行政诉讼/u.test(text) || PART_OF_YEAR.test(text) || ASIDE.test(text) || WIDER_SCOPE.test(text)) return [];
  const thisYear = (index: number) => {
    const stated = yearBefore(text, index);
    return stated === null || stated === year;
  };
  const counts = [...text.matchAll(CASES)].map((m) => ({ kinds: [m[1]], value: numberOf(m[2] ?? ''), index: m.index }));
  const nones = [...text.matchAll(NONE)].map((m) => ({ kinds: [m[1], m[2]], value: 0, index: m.index }));
  return [...counts, ...nones]
    .filter((claim) => thisYear(claim.index))
    .flatMap(({ kinds, value, index }) =>
      kinds.filter(isKind).map((kind) => ({ kind, value, sentence, index })),
    );
}

const REVIEW_CLAIMS = new WeakMap<readonly Sentence[], { year: number | null; claims: ReviewClaim[] }>();

/** Every statement of this year's 行政复议 / 行政诉讼 cases, in report order; read once (N-REVIEW, N-CONFLICT). */
export function reviewClaimsOf(report: ReadReport): ReviewClaim[] {
  const sentences = sentencesOf(report);
  const known = REVIEW_CLAIMS.get(sentences);
  if (known?.year === report.year) return known.claims;
  const claims = sentences.flatMap((sentence) => claimsIn(sentence, report.year));
  REVIEW_CLAIMS.set(sentences, { year: report.year, claims });
  return claims;
}

/** Table 四's total for a kind of case: 行政复议, or both kinds of 行政诉讼. */
export function tableTotal(table: Table4 | undefined, kind: Kind): number | null {
  if (kind === '行政复议') return table?.review?.total ?? null;
  return sumOrNull([table?.suitDirect?.total, table?.suitAfterReview?.total]);
}

/** N-REVIEW: the prose's count of 行政复议 / 行政诉讼 cases (or "none") matches Table 四's totals. */
export const nReview: Rule = {
  id: 'N-REVIEW',
  tables: ['四'],
  check: ({ report }) => {
    const wrong = reviewClaimsOf(report).filter((claim) => {
      const total = tableTotal(report.table4, claim.kind);
      return total !== null && total !== claim.value;
    });
    const firsts = wrong.filter((c, i) => wrong.findIndex((o) => o.kind === c.kind && o.value === c.value) === i);
    return found(
      ...firsts.map((claim) => {
        const total = tableTotal(report.table4, claim.kind) ?? 0;
        const review = claim.kind === '行政复议';
        return finding('N-REVIEW', {
          table: '四',
          ...(review ? { row: 'review', rowLabel: TABLE4_GROUP_LABELS.review } : {}), // 行政诉讼 spans two groups
          column: 'total',
          columnLabel: TABLE4_COLUMN_LABELS.total,
          expected: total,
          actual: claim.value,
          message:
            `正文称${claim.kind}${claim.value === 0 ? '为零（未发生）' : ` ${claim.value} 件`}，` +
            `表四${claim.kind}${review ? '' : '（未经复议直接起诉与复议后起诉合计）'}总计为 ${total} 件，请核对正文或表格后更正。`,
          ...quote(claim.sentence, claim.index),
        });
      }),
    );
  },
};
