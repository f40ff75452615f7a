import { finding } from '../../../shared/model/finding.js';
import type { ReadReport } from '../../../shared/model/report.js';
import { NOTHING, type Rule, found } from '../rule.js';
import { table3Cell } from '../where.js';
import { type Claim, claimsOf } from './claims.js';
import { clauseAt, quote, sentencesOf } from './prose.js';

/** The Table 三 cell each kind of claim is about. */
const CELL = { received: 'received', handled: 'handledTotal' } as const;

export function tableValue(report: ReadReport, kind: Claim['kind']): number | null {
  return report.table3?.[CELL[kind]]?.total ?? null;
}

const carriedIn = (report: ReadReport) => report.table3?.carriedIn?.total ?? 0;

/**
 * Whether a received figure counts carried-in applications too: its own clause names them
 * (`共收到申请12件（含上年结转2件）`), or a list right after it does (`共受理申请12件，其中新收10件、上年结转2件`).
 * `共受理申请133件，上年结转7件` states the two apart: 133 is this year's.
 */
function includesCarried({ sentence: { text }, index }: Claim): boolean {
  const { clause, rest } = clauseAt(text, index);
  return /结转|上年|去年/u.test(clause) || /^\s*(?:其中|含|包括|包含)[^。；;]*结转/u.test(rest);
}

/** The prose's statements of this year's figure of a kind. */
export function statedThisYear(report: ReadReport, kind: Claim['kind']): Claim[] {
  return claimsOf(sentencesOf(report)).filter(
    (claim) =>
      claim.kind === kind &&
      (claim.year === null || claim.year === report.year) &&
      (kind !== 'received' || !includesCarried(claim)),
  );
}

/** This year's claims of a kind that disagree with Table 三, one per stated number (a repeated figure is one). */
function disagreeing(report: ReadReport, kind: Claim['kind']): { claim: Claim; table: number }[] {
  const table = tableValue(report, kind);
  if (table === null) return [];
  const claims = statedThisYear(report, kind).filter((claim) => claim.value !== table);
  const firsts = claims.filter((claim, i) => claims.findIndex((other) => other.value === claim.value) === i);
  return firsts.map((claim) => ({ claim, table }));
}

/** N-RECEIVED: the prose's count of applications received this year is Table 三's 本年新收 总计. */
export const nReceived: Rule = {
  id: 'N-RECEIVED',
  tables: ['三'],
  check: ({ report }) =>
    found(
      ...disagreeing(report, 'received')
        // `共收到申请12件，上年结转2件` may mean 12 in all: new and carried-in together
        .filter(({ claim, table }) => !(/结转/u.test(claim.sentence.text) && claim.value === table + carriedIn(report)))
        .map(({ claim, table }) =>
          finding('N-RECEIVED', {
            ...table3Cell('received', 'total'),
            expected: table,
            actual: claim.value,
            message:
              `正文称本年收到政府信息公开申请 ${claim.value} 件，` +
              `表三“一、本年新收政府信息公开申请数量”总计为 ${table} 件，请核对正文或表格后更正。`,
            ...quote(claim.sentence, claim.index),
          }),
        ),
    ),
};

/** N-HANDLED: the prose's count of applications answered / 办结 is Table 三's （七）总计. */
export const nHandled: Rule = {
  id: 'N-HANDLED',
  tables: ['三'],
  check: ({ report }) => {
    const carriedOut = report.table3?.carriedOut?.total ?? null;
    const carried = carriedOut ? `（另有 ${carriedOut} 件结转下年度继续办理）` : '';
    return found(
      ...disagreeing(report, 'handled')
        // `办结申请9件，上年结转的2件申请也已办结`: this year's new ones, the carried-in ones stated apart
        .filter(({ claim, table }) => !(/结转/u.test(claim.sentence.text) && claim.value + carriedIn(report) === table))
        .map(({ claim, table }) =>
          finding('N-HANDLED', {
            ...table3Cell('handledTotal', 'total'),
            expected: table,
            actual: claim.value,
            message:
              `正文称已答复（办结）政府信息公开申请 ${claim.value} 件，表三“（七）总计”为 ${table} 件${carried}，` +
              `请核对正文或表格后更正。`,
            ...quote(claim.sentence, claim.index),
          }),
        ),
    );
  },
};

/** Words of a sentence that knows it speaks of another year than the report's. */
const LOOKS_BACK = /结转|上年|去年|上一年|本年|今年|持平|同比|相比/u;

/**
 * N-YEAR: this year's figures written under another year. A claim dated to an earlier year is flagged only when its
 * number is this year's Table 三 figure, the prose states no figure of that kind for this year, and the previous
 * report (when known) does not have that number: then it is a misdated sentence, not a look back.
 */
export const nYear: Rule = {
  id: 'N-YEAR',
  tables: ['三'],
  check: ({ report, previous }) => {
    const { year } = report;
    if (year === null) return NOTHING;
    const claims = claimsOf(sentencesOf(report));
    const misdated = claims.filter(
      (claim) =>
        claim.year !== null &&
        claim.year < year &&
        claim.value === tableValue(report, claim.kind) &&
        // `2019年结转的2件申请已于2020年答复`, `…与上年持平`, `上年（2019年）…` speak of the other year on purpose
        !LOOKS_BACK.test(claim.sentence.text) &&
        !claim.sentence.text.includes(`${year}年`) &&
        !claims.some((other) => other.kind === claim.kind && other.year === year) &&
        (!previous || tableValue(previous, claim.kind) !== claim.value),
    );
    return found(
      ...misdated.map((claim) =>
        finding('N-YEAR', {
          expected: year,
          actual: claim.year ?? undefined,
          message:
            `正文将本年度（${year}年）的数据写在“${claim.year}年”名下，与表三本年数据一致，` +
            `请将年份更正为 ${year} 年，或核对该数字。`,
          ...quote(claim.sentence, claim.index),
        }),
      ),
    );
  },
};
