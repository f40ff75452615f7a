import { finding } from '../../../shared/finding.js';
import { type Rule, found } from '../rule.js';
import { type Sentence, countsIn, quote, sentencesOf } from './prose.js';

/** Bracketed asides (`（占总数的100%）`, `（含重复申请1件）`) state no part of the list. */
const withoutAsides = (text: string) => text.replace(/（[^）]*）|\([^)]*\)/gu, (aside) => ' '.repeat(aside.length));
/** A clause and the mark that ends it. */
const CLAUSE = /([^，,、；;。]+)([，,、；;。]?)/gu;
/** How strongly a mark separates: a list of items joined by `、` or `，` ends at the first `；`. */
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, ',': 2, '；': 3, ';': 3, '。': 4, '': 4 };
/** A clause that only gives a share (`占总数的44%`) belongs to the item before it. */
const SHARE_ONLY = /^[^\d]*\d+(?:\.\d+)?\s*[%％]\s*$/u;
/**
 * Channels of publication: one item is often posted on the website, the 微博 and the 微信 alike, so such parts overlap
 * and need not add up. Channels of application (`网络申请`, `信函申请`) do not overlap and are not matched here.
 */
const PUBLICATION_CHANNEL = /网站|门户|微博|微信|公众号|客户端|APP|App|头条|抖音|新媒体|报刊|报纸|广播|电视|公开栏|显示屏/u;

interface Whole {
  value: number;
  unit: string;
}

/** The whole a `其中` list divides: the last count before `其中` in its sentence, or in the sentence before. */
function wholeBefore(before: string, previous: Sentence | undefined): Whole | null {
  const last = countsIn(withoutAsides(before)).at(-1) ?? countsIn(withoutAsides(previous?.text ?? '')).at(-1);
  return last ? { value: last.value, unit: last.unit } : null;
}

/**
 * The items after `其中`: one count of the whole's unit per clause, until a clause that states none or a mark
 * stronger than the one between the first items (`其中自然人18件、法人2件，予以公开10件` lists two items).
 */
function partsAfter(list: string, unit: string): number[] | null {
  const parts: number[] = [];
  let listMark = 0;
  let itemMark = 0;
  for (const [, clause = '', mark = ''] of withoutAsides(list).matchAll(CLAUSE)) {
    const strength = STRENGTH[mark] ?? 4;
    if (SHARE_ONLY.test(clause)) {
      itemMark = Math.max(itemMark, strength);
    } else {
      if (parts.length === 1) listMark = itemMark; // the mark after the first item (and its share) joins the list
      if (parts.length > 1 && itemMark > listMark) break;
      const counts = countsIn(clause).filter((count) => count.unit === unit);
      if (counts.length > 1) return null; // two counts in one item: not a plain list
      const [count] = counts;
      if (!count) break;
      parts.push(count.value);
      itemMark = strength;
    }
  }
  return parts;
}

/** N-PARTS: the items listed after `其中` add up to the whole stated before it. */
export const nParts: Rule = {
  id: 'N-PARTS',
  tables: [],
  check: ({ report }) => {
    const sentences = sentencesOf(report);
    return found(
      ...sentences.flatMap((sentence, i) => {
        const at = sentence.text.indexOf('其中');
        if (at < 0) return [];
        const whole = wholeBefore(sentence.text.slice(0, at), at === 0 ? sentences[i - 1] : undefined);
        // the list ends with the sentence; its first item stands right after `其中`
        const list = sentence.text.slice(at + 2).replace(/^[：:，,\s]+/u, '');
        if (PUBLICATION_CHANNEL.test(list) && !list.includes('申请')) return [];
        const parts = whole && partsAfter(list, whole.unit);
        // a list cut off by a line end (no closing mark) may have lost items: say nothing
        if (!whole || !parts || parts.length < 2 || !/[。！？!?；;]$/u.test(sentence.text)) return [];
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum === whole.value) return [];
        return [
          finding('N-PARTS', {
            expected: whole.value,
            actual: sum,
            message:
              `“其中”所列各项 ${parts.join(' + ')} = ${sum}${whole.unit}，与前文所述总数 ${whole.value}${whole.unit} 不符，` +
              `请核对各项数字或总数后更正。`,
            ...quote(sentence, at),
          }),
        ];
      }),
    );
  },
};
