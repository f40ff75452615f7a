import { finding } from '../../../shared/model/finding.js';
import { type Rule, found } from '../rule.js';
import { type Sentence, quote, sentencesOf } from './prose.js';

/** A measure word that counts here, not the start of a word (条例, 项目, 个人, 名单, 件数 …). */
const MEASURE = '(?:件(?![数])|条(?![例款件目])|项(?![目])|个(?![人体别])|次(?![数序])|名(?![单称额]))';
/** Words after which a number must come. */
const NEEDS_NUMBER = '(?:共计|共|合计|总计|累计|总数为|数量为|为|达|收到|受理|办结|答复|公开|发布)';

/** `信息数条`: a `…数` count with its number dropped. */
const NOUN_COUNT = new RegExp(`([\\u4e00-\\u9fff]{2})数(${MEASURE})`, 'gu');

/** Each form with a cheap test of the character it needs, since most sentences have none. */
const PLACEHOLDERS = [
  // 共  件, 公开 条: the number left out, its space kept
  { needs: /[ \t\u3000_＿]/u, pattern: new RegExp(`${NEEDS_NUMBER}[ \\t\\u3000_＿]+${MEASURE}`, 'gu') },
  // XX件, ××条: a template's mark never filled in
  { needs: /[XxＸｘ×*＊？?]/u, pattern: new RegExp(`(?<![A-Za-z])(?:[XxＸｘ×*＊]{1,3}|[？?]{1,3})\\s*${MEASURE}`, 'gu') },
  // 公开惠农补贴信息（ ）条: a template's bracketed blank
  { needs: /[（(【[]/u, pattern: new RegExp(`[（(【\\[][ \\t\\u3000_＿]*[）)】\\]]\\s*${MEASURE}`, 'gu') },
  { needs: /数/u, pattern: NOUN_COUNT },
];

/** Where a sentence lacks a number; a `…数条` gap counts only where the report writes `…数1019条` elsewhere. */
function gapsIn(sentence: Sentence, prose: string): number[] {
  return PLACEHOLDERS.filter(({ needs }) => needs.test(sentence.text)).flatMap(({ pattern }) =>
    [...sentence.text.matchAll(pattern)]
      .filter((m) => pattern !== NOUN_COUNT || new RegExp(`${m[1]}数\\s*\\d+\\s*${m[2]}`, 'u').test(prose))
      .map((m) => m.index),
  );
}

/** N-PLACEHOLDER: a number is missing from a sentence (`公开政府信息数条`, `共  件`, `XX件`, `（ ）条`). */
export const nPlaceholder: Rule = {
  id: 'N-PLACEHOLDER',
  tables: [],
  check: ({ report }) => {
    const sentences = sentencesOf(report);
    const prose = sentences.map((s) => s.text).join('\n');
    return found(
      ...sentences.flatMap((sentence) => {
        const at = gapsIn(sentence, prose);
        if (at.length === 0) return [];
        return [
          finding('N-PLACEHOLDER', {
            message: '正文此句缺少数字（如“共  件”“信息数条”“XX件”），请补填实际数字。',
            ...quote(sentence, Math.min(...at)),
          }),
        ];
      }),
    );
  },
};
