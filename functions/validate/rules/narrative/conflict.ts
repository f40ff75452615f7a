import { finding } from '../../../shared/model/finding.js';
import type { ReadReport } from '../../../shared/model/report.js';
import { type Rule, found } from '../rule.js';
import { tableProblem } from '../table-problems.js';
import { statedThisYear, tableValue } from './applications.js';
import {
  EXCERPT_LENGTH,
  PART_OF_YEAR,
  type Sentence,
  WIDER_SCOPE,
  clauseAt,
  excerptOf,
  sentencesOf,
  yearBefore,
} from './prose.js';
import { reviewClaimsOf, tableTotal } from './review.js';

const SEPARATOR = ' … ';

/** One statement of a quantity the prose may state more than once. */
interface Statement {
  /** What is counted, as the message names it. */
  quantity: string;
  value: number;
  unit: string;
  sentence: Sentence;
  /** Where in the sentence it is stated. */
  index: number;
}

// 专职人员数0人; 设专职人员2名; 兼职工作人员2名; 专职人员数：1人 (not 专兼职人员, the two together; not 培训…人次)
const STAFF_AFTER =
  /(?<![专兼])(?<who>专职|兼职)(?:工作)?人员(?:数量?)?[：:]?(?:为|共|有|共有)?\s*(?<n>\d{1,4})\s*(?<unit>名|人)(?!次)/gu;
// 无专职人员; 未配备专职工作人员
const STAFF_NONE = /(?:无|未设置?|没有|未配备)(?<who>专职|兼职)(?:工作)?人员/gu;
// 配备了1名兼职工作人员
const STAFF_BEFORE = /(?<![\d.])(?<n>\d{1,4})\s*(?<unit>名)(?<who>专职|兼职)(?:工作)?人员/gu;
// 从事政府信息公开工作人员2名; 从事政府信息公开工作的人员3名 (the agency's whole staff is another number)
const STAFF_ALL = /(?<field>信息公开|政务公开)的?工作的?人员(?:数量?)?(?:为|共|有|共有)?\s*(?<n>\d{1,4})\s*(?<unit>名|人)(?!次)/gu;

/**
 * A clause where a staff count is not the agency's standing staff: training and meetings (`参加培训的专职人员3人`),
 * counts per office or community (`各社区配备兼职人员1名`), changes (`较上年增加1名`).
 */
const NOT_STANDING =
  /培训|参加|参训|学习|会议|考试|考核|每|各|分别|均|增|减|上年|去年|同比|较|原有|调整|变更|社区|村|居委|科室|部门|下属|所属|基层/u;

function staffIn(sentence: Sentence, year: number | null): Statement[] {
  const { text } = sentence;
  if (!text.includes('人员') || PART_OF_YEAR.test(text)) return [];
  const statements = [STAFF_AFTER, STAFF_BEFORE, STAFF_ALL, STAFF_NONE].flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((m): Statement[] => {
      const { who, field, n = '0', unit = '人' } = m.groups ?? {};
      const stated = yearBefore(text, m.index);
      const { clause } = clauseAt(text, m.index);
      if (NOT_STANDING.test(clause) || WIDER_SCOPE.test(clause) || (stated !== null && stated !== year)) return [];
      const quantity = who ? `${who}人员` : `从事${field === '政务公开' ? '政务公开' : '政府信息公开'}工作人员`;
      return [{ quantity, value: Number(n), unit, sentence, index: m.index }];
    }),
  );
  return statements.sort((a, b) => a.index - b.index); // in the order the sentence states them
}

/** Application and case counts, only where the table cannot say which statement is right (N-RECEIVED, N-REVIEW). */
function tableless(report: ReadReport): Statement[] {
  const received =
    tableProblem(report, '三') !== null || tableValue(report, 'received') === null
      ? statedThisYear(report, 'received').map((claim) => ({ ...claim, quantity: '本年收到的政府信息公开申请' }))
      : [];
  const table4Unread = tableProblem(report, '四') !== null;
  const cases = reviewClaimsOf(report)
    .filter((claim) => table4Unread || tableTotal(report.table4, claim.kind) === null)
    .map((claim) => ({ ...claim, quantity: `政府信息公开${claim.kind}` }));
  return [...received, ...cases].map(({ quantity, value, sentence, index }) => ({
    quantity,
    value,
    unit: '件',
    sentence,
    index,
  }));
}

/** The first statement of each quantity paired with the first that states another number. */
function conflicts(statements: readonly Statement[]): [Statement, Statement][] {
  const quantities = [...new Set(statements.map((s) => s.quantity))];
  return quantities.flatMap((quantity) => {
    const [first, ...rest] = statements.filter((s) => s.quantity === quantity);
    const other = rest.find((s) => s.value !== first?.value);
    return first && other ? [[first, other] as [Statement, Statement]] : [];
  });
}

/** Both statements in one excerpt of the usual length: each sentence cut to half, around its statement. */
function bothPlaces(first: Statement, other: Statement): string {
  const close = Math.abs(other.index - first.index) < (EXCERPT_LENGTH * 2) / 3;
  if (first.sentence === other.sentence && close) return excerptOf(first.sentence, Math.min(first.index, other.index));
  const half = (EXCERPT_LENGTH - SEPARATOR.length) / 2;
  return [first, other].map((s) => excerptOf(s.sentence, s.index, Math.floor(half))).join(SEPARATOR);
}

/** N-CONFLICT: the prose states the same quantity twice with different numbers (`专职人员数0人` … `设专职人员2名`). */
export const nConflict: Rule = {
  id: 'N-CONFLICT',
  tables: [],
  check: ({ report }) => {
    const staff = sentencesOf(report).flatMap((sentence) => staffIn(sentence, report.year));
    return found(
      ...conflicts([...staff, ...tableless(report)]).map(([first, other]) => {
        const [a, b] = [first, other].map((s) => `${s.value}${s.unit}`);
        return finding('N-CONFLICT', {
          expected: first.value,
          actual: other.value,
          message: `正文对“${first.quantity}”前后说法不一：一处为 ${a}，另一处为 ${b}，请核对后统一。`,
          excerpt: bothPlaces(first, other),
          at: other.sentence.at,
        });
      }),
    );
  },
};
