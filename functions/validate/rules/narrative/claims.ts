import { COUNT_OR_NUMERAL, PART_OF_YEAR, type Sentence, WIDER_SCOPE, numberOf, yearBefore } from './prose.js';

/** What the prose says about this year's applications, to compare with Table 三. */
export interface Claim {
  kind: 'received' | 'handled';
  value: number;
  /** The year the sentence puts the figure under, or null when it names none. */
  year: number | null;
  sentence: Sentence;
  /** Where in the sentence the figure is stated. */
  index: number;
}

/** Sentences about other things that also count 件 and 办结 (letters, complaints, proposals, lawsuits). */
const OTHER_SUBJECTS = /复议|诉讼|信访|信件|信箱|建议|提案|咨询|举报|投诉|热线|接诉即办/u;

/** Applications for other things an agency also counts (`受理行政许可申请1200件`), named in the claim's clause. */
const OTHER_APPLICATIONS = /许可|审批|登记|备案|补贴|救助|低保|执照|证照|户籍|落户|职称|公租房|廉租/u;

/** A number right after these words is a change against another period (`较上年增加3件`), not a count. */
const CHANGE = /(?:增加|减少|增长|下降|上升|多|少)$/u;

/** `约15件`, `超过15件`, `20件左右`: an estimate, which no table figure contradicts. */
const ESTIMATE_BEFORE = /(?:约|近|超过|逾|将近|多达|不少于|不足)\s*$/u;
const ESTIMATE_AFTER = /^\s*[件个份项宗]\s*(?:左右|以上|上下|多)/u;

/** `收到申请后5个工作日内`: a time limit, not a count. */
const NOT_DURATION = String.raw`(?!\s*(?:工作日|自然日|日|天|小时|月|周|星期))`;
/** A handled count of those answered on time or late (`按时办结申请10件`) is part of the whole. */
const TIMELINESS = /(?:按时|按期|如期|限期|及时|延期|逾期|超期)$/u;

const RECEIVED = [
  // 共收到依申请公开件1件; 收到信息公开申请总数为9件; 共收到政府信息公开申请4件; 共收到申请十二件
  new RegExp(
    String.raw`(?:收到|接收|受理|新收)(?<what>[^，。；,;：:\d]{0,24}?)申请(?!人)(?<tail>[^，。；,;\d后日]{0,12}?)` +
      String.raw`(?<n>${COUNT_OR_NUMERAL})\s*(?:件|个|份|项|宗)${NOT_DURATION}`,
    'dgu',
  ),
  // 本年度收到的31件申请中; 共收到12件政府信息公开申请
  new RegExp(
    String.raw`(?:收到|接收|受理|新收)(?:的|了)?(?<n>${COUNT_OR_NUMERAL})\s*(?:件|份|项)(?<what>[^，。；,;\d]{0,12}?)申请(?!人)`,
    'dgu',
  ),
  // 未收到政府信息公开申请
  /(?:未|没有)(?:收到|接到|受理)(?<what>[^，。；,;\d]{0,20}?)申请(?!\d)/dgu,
];

const HANDLED = [
  // 在已答复的9项申请中
  new RegExp(
    String.raw`(?:已|已经|均已)(?:依法)?(?:办结|答复|办理完毕|回复)的?(?<n>${COUNT_OR_NUMERAL})\s*(?:件|项|个)${NOT_DURATION}` +
      String.raw`(?<after>[^，。；,;]{0,6})`,
    'dgu',
  ),
  // 办结申请5件; 共答复政府信息公开申请4件
  new RegExp(
    String.raw`(?:办结|答复)(?:了)?(?<what>[^，。；,;\d]{0,12}?)申请(?!人)[^，。；,;\d]{0,6}?(?<n>${COUNT_OR_NUMERAL})\s*(?:件|项)`,
    'dgu',
  ),
  // 信息公开申请的9件事项，已按照规定在期限内答复
  new RegExp(
    '(?<![\\d.])(?<n>\\d{1,9})(?!\\d)\\s*(?:件|项|个)(?<mid>[^。；;\\d]{0,24}?)' +
      '(?:已|均已|全部)[^。；;\\d]{0,16}?(?:办结|答复|办理完毕)(?!的?\\s*\\d)',
    'dgu',
  ),
];

function claimsIn(sentence: Sentence, kind: Claim['kind'], patterns: readonly RegExp[]): Claim[] {
  const { text } = sentence;
  // every form names 申请 (a cheap test first: most sentences state no claim)
  if (!text.includes('申请') || OTHER_SUBJECTS.test(text) || PART_OF_YEAR.test(text)) return [];
  for (const pattern of patterns) {
    const claims = [...text.matchAll(pattern)].flatMap((match): Claim[] => {
      const groups = match.groups ?? {};
      const clause = text.slice(0, match.index).split(/[，。；,;：:]/u).at(-1) ?? '';
      if (OTHER_APPLICATIONS.test(clause + match[0]) || WIDER_SCOPE.test(text.slice(0, match.index))) return [];
      // a handled count must be of applications (named in its clause), not of carried-over ones (`上年结转3件，均已办结`,
      // `办结上年结转申请2件`) nor of the received ones (`收到的10件申请均已办结` says nothing of those carried in)
      const named = clause + (groups.what ?? '') + (groups.mid ?? '');
      if (kind === 'handled' && (!/申请/u.test(clause + match[0]) || /结转|收到|新收|受理/u.test(named))) return [];
      const [start, end] = match.indices?.groups?.n ?? [match.index, match.index];
      if (ESTIMATE_BEFORE.test(text.slice(0, start)) || ESTIMATE_AFTER.test(text.slice(end))) return [];
      const lead = text.slice(Math.max(0, match.index - 4), match.index);
      if (groups.mid?.includes('其中') || CHANGE.test(lead) || (kind === 'handled' && TIMELINESS.test(lead))) return [];
      const year = yearBefore(text, match.index);
      return [{ kind, value: numberOf(groups.n ?? ''), year, sentence, index: match.index }];
    });
    if (claims.length > 0) return claims; // the first form that matches says it; later ones would repeat it
  }
  return [];
}

/** Claims by sentence list: N-RECEIVED, N-HANDLED and N-YEAR read the same ones. */
const CLAIMS = new WeakMap<readonly Sentence[], Claim[]>();

/** Every statement of how many applications were received or handled, in report order. */
export function claimsOf(sentences: readonly Sentence[]): Claim[] {
  const known = CLAIMS.get(sentences);
  if (known) return known;
  const claims = sentences.flatMap((sentence) => [
    ...claimsIn(sentence, 'received', RECEIVED),
    ...claimsIn(sentence, 'handled', HANDLED),
  ]);
  CLAIMS.set(sentences, claims);
  return claims;
}
