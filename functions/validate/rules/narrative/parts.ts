import { finding } from '../../../shared/model/finding.js';
import { type Rule, found } from '../rule.js';
import { isComplete, isOfClosedKind } from './breakdown.js';
import { listItems, withoutAsides } from './list-items.js';
import { COUNT, type Sentence, UNIT, countsIn, quote, sentencesOf } from './prose.js';

/**
 * Channels of publication: one item is often posted on the website, the 微博 and the 微信 alike, so such parts overlap
 * and need not add up. Channels of application (`网络申请`, `信函申请`) do not overlap and are not matched here.
 */
const PUBLICATION_CHANNEL = /网站|门户|微博|微信|公众号|客户端|APP|App|头条|抖音|新媒体|报刊|报纸|广播|电视|公开栏|显示屏/u;
/** `办结的17件申请中，予以公开7件…`: a whole that opens its own list. */
const WHOLE_THEN_LIST = new RegExp(`(?<![\\d.])(${COUNT})\\s*(${UNIT})[^，,。；;\\d]{0,10}中[，,：:]`, 'u');

interface List {
  whole: { value: number; unit: string };
  /** Every count before the list, in the whole's unit: the list may divide another one, or all together. */
  before: number[];
  /** The text of the list and where it starts in the sentence. */
  text: string;
  at: number;
}

/**
 * The list a sentence states: after `其中`, dividing the last count before it (in its sentence, or in the sentence
 * before); or after `N件…中，`. A carried-over count (`结转下年度3件。其中…`) is divided by no list: none then.
 */
function listIn(sentence: Sentence, previous: Sentence | undefined): List | null {
  const { text } = sentence;
  const at = text.indexOf('其中');
  if (at < 0) {
    const opened = WHOLE_THEN_LIST.exec(text);
    if (!opened) return null;
    const whole = { value: Number(opened[1]), unit: opened[2] ?? '' };
    const start = opened.index + opened[0].length;
    return { whole, before: [whole.value], text: text.slice(start), at: opened.index };
  }
  const own = countsIn(withoutAsides(text.slice(0, at)));
  const source = own.length > 0 || at > 0 ? text.slice(0, at) : (previous?.text ?? '');
  const counts = countsIn(withoutAsides(source));
  const last = counts.at(-1);
  if (!last || /结转/u.test(source.slice(Math.max(0, last.index - 6), last.index))) return null;
  return {
    whole: { value: last.value, unit: last.unit },
    before: counts.filter((count) => count.unit === last.unit).map((count) => count.value),
    text: text.slice(at + 2).replace(/^[：:，,\s]+/u, ''),
    at,
  };
}

/** N-PARTS: the items listed after `其中` (or `N件…中，`) add up to the whole stated before them. */
export const nParts: Rule = {
  id: 'N-PARTS',
  tables: [],
  check: ({ report }) => {
    const sentences = sentencesOf(report);
    return found(
      ...sentences.flatMap((sentence, i) => {
        const list = listIn(sentence, sentences[i - 1]);
        // a list cut off by a line end (no closing mark) may have lost items: say nothing
        if (!list || !/[。！？!?；;]$/u.test(sentence.text)) return [];
        if (PUBLICATION_CHANNEL.test(list.text) && !list.text.includes('申请')) return [];
        const { whole } = list;
        const items = listItems(list.text, whole.unit);
        if (!items || items.length < 2) return [];
        // the list may end before a comma (`其中自然人8件，法人2件，涉及规划类信息6件`): its first items, of a closed
        // kind, make the whole and an item of another kind follows
        let running = 0;
        const sums = items.map((item) => (running += item.value));
        const end = sums.indexOf(whole.value) + 1;
        if (end > 0 && items.slice(0, end).every(isOfClosedKind) && !items.slice(end).every(isOfClosedKind)) return [];
        const values = items.map((item) => item.value);
        const sum = sums.at(-1) ?? 0;
        // parts that fall short are wrong only in a complete breakdown; parts that divide an earlier count, or all
        // of them together (`人大建议12件、政协提案8件，其中主办5件、协办15件`), are right
        const dividesBefore = list.before.includes(sum) || list.before.reduce((a, b) => a + b, 0) === sum;
        if (sum === whole.value || dividesBefore || (sum < whole.value && !isComplete(items, report.table3))) return [];
        return [
          finding('N-PARTS', {
            expected: whole.value,
            actual: sum,
            message:
              `所列各项 ${values.join(' + ')} = ${sum}${whole.unit}，与前文所述总数 ${whole.value}${whole.unit} 不符，` +
              `请核对各项数字或总数后更正。`,
            ...quote(sentence, list.at),
          }),
        ];
      }),
    );
  },
};
