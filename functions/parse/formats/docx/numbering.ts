import type { DocxBudget } from './budget.js';
import type { NumberReference, ParagraphStyle } from './styles.js';
import { streamXml } from './xml-stream.js';

/**
 * Word's automatic numbering, written out. A heading numbered by a list (一、总体情况 with 一、 from numbering.xml)
 * holds only 总体情况 in its text; the section finder needs the number. Numbering set on the paragraph or by its
 * own style (标题 1 tied to a list) is written; a style's base styles are not followed.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 11 → 十一, 20 → 二十, as Chinese headings count. */
function chinese(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? '';
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${n % 10 === 0 ? '' : (CHINESE_DIGITS[n % 10] ?? '')}`;
}

function formatted(n: number, format: string): string {
  if (/^(?:chinese|ideograph|japanese|taiwanese)/i.test(format)) return chinese(n);
  if (format === 'decimalFullWidth' || format === 'decimalFullWidth2') return String(n);
  if (format === 'lowerLetter' || format === 'upperLetter') {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return format === 'upperLetter' ? letter.toUpperCase() : letter;
  }
  return String(n); // decimal and anything rarer
}

/**
 * The levels of each list (numId), from numbering.xml. A level's setting is its first of each kind: the one Word
 * 2010+ writes for itself inside mc:Choice (a custom format) is passed over for the fallback every reader knows.
 */
function readLists(bytes: Uint8Array, budget: DocxBudget): Map<string, Level[]> {
  const abstracts = new Map<string, Level[]>();
  const abstractOf = new Map<string, string>(); // numId → abstractNumId
  let abstract: { id: string; levels: Level[] } | undefined;
  let level: Partial<Level> | undefined;
  let num: { id: string; abstract?: string } | undefined;
  let choice = 0;
  streamXml(
    bytes,
    {
      open(name, attributes) {
        const value = attributes['w:val'];
        if (name === 'mc:Choice') choice += 1;
        if (choice > 0) return;
        if (name === 'w:abstractNum') abstract = { id: attributes['w:abstractNumId'] ?? '', levels: [] };
        else if (name === 'w:lvl' && abstract) {
          level = {};
          abstract.levels[Number(attributes['w:ilvl'] ?? '')] = level as Level;
        } else if (name === 'w:start' && level) level.start ??= Number(value ?? 1);
        else if (name === 'w:numFmt' && level) level.format ??= value ?? 'decimal';
        else if (name === 'w:lvlText' && level) level.text ??= value ?? '';
        else if (name === 'w:num') num = { id: attributes['w:numId'] ?? '' };
        else if (name === 'w:abstractNumId' && num) num.abstract ??= value;
      },
      close(name) {
        if (name === 'mc:Choice') choice -= 1;
        else if (name === 'w:lvl' && level) {
          Object.assign(level, { start: level.start ?? 1, format: level.format ?? 'decimal', text: level.text ?? '' });
          level = undefined;
        } else if (name === 'w:abstractNum' && abstract) {
          abstracts.set(abstract.id, abstract.levels);
          abstract = undefined;
        } else if (name === 'w:num' && num) {
          if (num.abstract !== undefined) abstractOf.set(num.id, num.abstract);
          num = undefined;
        }
      },
      text() {},
    },
    budget,
  );
  const lists = new Map<string, Level[]>();
  for (const [numId, abstractId] of abstractOf) {
    const levels = abstracts.get(abstractId);
    if (levels) lists.set(numId, levels);
  }
  return lists;
}

/** Counts each list's paragraphs in document order and writes the number Word draws before each. */
export class Numbering {
  private readonly counters = new Map<string, number[]>();

  private constructor(
    private readonly lists: ReadonlyMap<string, Level[]>,
    private readonly styles: ReadonlyMap<string, ParagraphStyle>,
  ) {}

  static read(bytes: Uint8Array | undefined, styles: ReadonlyMap<string, ParagraphStyle>, budget: DocxBudget): Numbering {
    return new Numbering(bytes ? readLists(bytes, budget) : new Map(), styles);
  }

  /**
   * The number of the next paragraph with these properties ('' for none, a bullet, or a blank level text), counted:
   * its own w:numPr, else its style's.
   */
  next(own: NumberReference | undefined, styleId: string | undefined): string {
    const reference = own ?? this.styles.get(styleId ?? '')?.numbering;
    const id = reference?.numId ?? '';
    const levels = this.lists.get(id);
    const level = Number(reference?.ilvl ?? 0);
    const definition = levels?.[level];
    if (!levels || !definition || definition.format === 'bullet' || definition.format === 'none') return '';
    const counts = this.counters.get(id) ?? [];
    counts[level] = (counts[level] ?? definition.start - 1) + 1;
    counts.length = level + 1; // deeper levels start again
    this.counters.set(id, counts);
    const text = definition.text.replace(/%(\d)/g, (_, n: string) => {
      const at = Number(n) - 1;
      return formatted(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
    });
    return text.trim() ? text : '';
  }
}
