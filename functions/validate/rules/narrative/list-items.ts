import { countsIn } from './prose.js';

/** Bracketed asides (`（占总数的100%）`, `（含重复申请1件）`) state no part of the list. */
export const withoutAsides = (text: string) =>
  text.replace(/（[^）]*）|\([^)]*\)/gu, (aside) => ' '.repeat(aside.length));
/** A clause and the mark that ends it. */
const CLAUSE = /([^，,、；;。]+)([，,、；;。]?)/gu;
/** How strongly a mark separates: a list of items joined by `、` or `，` ends at the first `；`. */
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, ',': 2, '；': 3, ';': 3, '。': 4, '': 4 };
/** A clause that only gives a share (`占总数的44%`) belongs to the item before it. */
const SHARE_ONLY = /^[^\d]*\d+(?:\.\d+)?\s*[%％]\s*$/u;

/** One item of a list: its count and the clause that names it. */
export interface Item {
  value: number;
  clause: string;
}

/**
 * The items at the start of a list: one count of the given unit per clause, until a clause that states none or a
 * mark stronger than the one between the first items (`其中自然人18件、法人2件，予以公开10件` lists two items).
 * Null when an item states two counts: then it is no plain list.
 */
export function listItems(list: string, unit: string): Item[] | null {
  const items: Item[] = [];
  let listMark = 0;
  let itemMark = 0;
  for (const [, clause = '', mark = ''] of withoutAsides(list).matchAll(CLAUSE)) {
    const strength = STRENGTH[mark] ?? 4;
    if (SHARE_ONLY.test(clause)) {
      itemMark = Math.max(itemMark, strength);
    } else {
      if (items.length === 1) listMark = itemMark; // the mark after the first item (and its share) joins the list
      if (items.length > 1 && itemMark > listMark) break;
      const counts = countsIn(clause).filter((count) => count.unit === unit);
      if (counts.length > 1) return null;
      const [count] = counts;
      if (!count) break;
      items.push({ value: count.value, clause });
      itemMark = strength;
    }
  }
  return items;
}
