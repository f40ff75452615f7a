import { finding } from '../../../shared/model/finding.js';
import type { ReadReport } from '../../../shared/model/report.js';
import { type Rule, found } from '../rule.js';
import { tableProblem } from '../table-problems.js';
import { COUNT, type Sentence, UNIT, countsIn, quote, sentencesOf } from './prose.js';

// 法规文件类信息1条,占总体的比例为0.6%; 共9项（占总数的100%）
const SHARE = new RegExp(
  `(?<![\\d.])(${COUNT})\\s*(${UNIT})[，,]?\\s*[（(]?占([^，,。；;%％\\d]{0,12}?)(\\d{1,3}(?:\\.\\d{1,6})?)\\s*[%％]`,
  'gu',
);
// 共主动公开政府信息154条; 收到信息公开申请总数为9件; 在已答复的9项申请中
const WHOLE = [
  new RegExp(`(?:共|总数为?|总计|合计)[^，,。；;\\d]{0,20}?(${COUNT})\\s*(${UNIT})`, 'gu'),
  new RegExp(`(?<![\\d.])(${COUNT})\\s*(${UNIT})[^，,。；;\\d]{0,8}?中`, 'gu'),
  // 主动公开政府信息154条，其中…: the whole a `其中` list divides
  new RegExp(`(?<![\\d.])(${COUNT})\\s*(${UNIT})[，,：:]?\\s*其中`, 'gu'),
];
/** A share of a named subset (`占已办结申请的`) or of a larger whole (`占全区的`), not of the total just stated. */
const NAMED_TOTAL = /已|办结|答复|受理|收到|新收|本年|上年|全区|全市|全省|全县|全国|系统/u;
/** `占比同比上升3.2%` is a change, `占50%以上` or `占70%左右` a bound or an estimate: none is part ÷ whole. */
const NOT_A_SHARE = /同比|环比|上升|下降|增长|提高|减少|增加|降低/u;
const ROUGH = /^\s*(?:以上|左右|以下|上下|多|余)/u;
/** How far back (in characters of prose) the whole of a share may stand. */
const REACH = 240;

interface Whole {
  value: number;
  unit: string;
  end: number;
}

/** The explicit total nearest before a position, in the same unit. */
function wholeBefore(window: string, offset: number, unit: string): Whole | null {
  const wholes = WHOLE.flatMap((pattern) =>
    [...window.matchAll(pattern)].map((m) => ({
      value: Number(m[1]),
      unit: m[2] ?? '',
      end: offset + m.index + m[0].length,
    })),
  ).filter((whole) => whole.unit === unit);
  return wholes.sort((a, b) => b.end - a.end)[0] ?? null;
}

/** Whether a stated percentage is part ÷ whole rounded to the stated number of decimals. */
export function percentFits(part: number, whole: number, stated: string): boolean {
  const decimals = stated.split('.')[1]?.length ?? 0;
  return Math.abs((part / whole) * 100 - Number(stated)) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * The Table 三 totals a share that names its whole may be of: `占办结总数的60%` of （七）总计, `占收到申请的…` of the
 * received (with or without those carried in). Counts of applications only, and only from a table that reads well.
 */
function namedWholes(of: string, unit: string, report: ReadReport): number[] {
  if (!/^[件项]$/u.test(unit) || tableProblem(report, '三') !== null) return [];
  const total = (row: 'handledTotal' | 'received' | 'carriedIn') => report.table3?.[row]?.total ?? null;
  const [handled, received, carriedIn] = [total('handledTotal'), total('received'), total('carriedIn')];
  if (/办结|答复/u.test(of)) return handled ? [handled] : [];
  if (/收到|新收|受理|申请/u.test(of) && received) return [received, received + (carriedIn ?? 0)];
  return [];
}

interface Share {
  sentence: Sentence;
  index: number;
  part: number;
  unit: string;
  stated: string;
  whole: Whole;
  /** Whether the whole is stated in this sentence or the one before and the share names no other total. */
  near: boolean;
  /** Whether the share is right against some other count before it (`共收到20件，办结18件，其中公开9件，占50%`). */
  fitsAnother: boolean;
}

/** Every `N条，占…P%` in the prose with the total it is a share of. */
function sharesOf(sentences: readonly Sentence[], report: ReadReport): Share[] {
  let offset = 0;
  const starts = sentences.map((s) => (offset += s.text.length) - s.text.length);
  const prose = sentences.map((s) => s.text).join('');
  return sentences.flatMap((sentence, i) =>
    [...(/[%％]/u.test(sentence.text) ? sentence.text.matchAll(SHARE) : [])].flatMap((m): Share[] => {
      const [part, unit, of, stated] = [Number(m[1]), m[2] ?? '', m[3] ?? '', m[4] ?? ''];
      if (NOT_A_SHARE.test(of) || ROUGH.test(sentence.text.slice(m.index + m[0].length))) return [];
      const position = (starts[i] ?? 0) + m.index;
      const offset = Math.max(0, position - REACH);
      const window = prose.slice(offset, position);
      const [named, ...alternatives] = namedWholes(of, unit, report);
      const whole = named ? { value: named, unit, end: position } : wholeBefore(window, offset, unit);
      if (!whole || whole.value === 0 || part > whole.value) return [];
      // a share that names its whole is of that whole, however well it fits another count
      const others = named ? alternatives.map((value) => ({ value, unit })) : countsIn(window);
      const bases = others.filter(
        (count) => count.unit === unit && count.value >= part && count.value > 0,
      );
      const fitsAnother = bases.some((base) => percentFits(part, base.value, stated));
      // `占已办结申请的…` names its own total: when the table cannot give it, only a fitting sibling share confirms
      const near = named !== undefined || (whole.end > (starts[i - 1] ?? 0) && !NAMED_TOTAL.test(of));
      return [{ sentence, index: m.index, part, unit, stated, whole, near, fitsAnother }];
    }),
  );
}

/**
 * N-PERCENT: `N条，占总数的P%` agrees with N ÷ the total stated before it, at the stated precision. A share whose
 * total stands further back is flagged only when another share of the same total fits: then the total is right.
 * A share that is right against any other count before it is taken to be a share of that count.
 */
export const nPercent: Rule = {
  id: 'N-PERCENT',
  tables: [],
  check: ({ report }) => {
    const shares = sharesOf(sentencesOf(report), report);
    const fits = (share: Share) => percentFits(share.part, share.whole.value, share.stated);
    const wrong = shares.filter(
      (share) =>
        !fits(share) &&
        !share.fitsAnother &&
        (share.near || shares.some((other) => other.whole.end === share.whole.end && fits(other))),
    );
    return found(
      ...wrong.map(({ sentence, index, part, unit, stated, whole }) => {
        const decimals = stated.split('.')[1]?.length ?? 0;
        const expected = ((part / whole.value) * 100).toFixed(decimals);
        return finding('N-PERCENT', {
          expected: Number(expected),
          actual: Number(stated),
          message: `${part}${unit} 占 ${whole.value}${unit} 的比例应为 ${expected}%，正文写作 ${stated}%，请核对后更正。`,
          ...quote(sentence, index),
        });
      }),
    );
  },
};
