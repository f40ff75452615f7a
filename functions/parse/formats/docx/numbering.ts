/**
 * Word's automatic numbering, written out. A heading numbered by a list (一、总体情况 with 一、 from numbering.xml)
 * holds only 总体情况 in its text, and mammoth writes no numbers; the section finder needs them. Numbering set on
 * the paragraph or by its own style (标题 1 tied to a list) is written; a style's base styles are not followed.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
/**
 * The patterns stop at the next tag (`[^<>]`) or the next element of their own name, so that malformed XML (an
 * element never closed) costs one scan, not one per opening tag: these run before any parser has checked the XML.
 */
const ATTRIBUTE = (name: string): RegExp => new RegExp(`<w:${name}(?=[\\s/>])[^<>]*?\\bw:val="([^"<>]*)"`);
const element = (name: string, flags = 'g'): RegExp =>
  new RegExp(`<w:${name}(?=[\\s>])([^<>]*)>((?:(?!</w:${name}>|<w:${name}[\\s>])[\\s\\S])*)</w:${name}>`, flags);
const PARAGRAPH_PROPERTIES = element('pPr');
const NUMBER_PROPERTIES = element('numPr', '');
const STYLE = element('style');
const ABSTRACT_NUM = element('abstractNum');
const LEVEL = element('lvl');
const NUM = element('num');
const attribute = (tag: string, name: string): string => new RegExp(`\\bw:${name}="([^"<>]*)"`).exec(tag)?.[1] ?? '';

const value = (xml: string, name: string): string | undefined => ATTRIBUTE(name).exec(xml)?.[1];

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

/** The levels of each list (numId), from numbering.xml. */
function readLists(numbering: string): Map<string, Level[]> {
  const abstracts = new Map<string, Level[]>();
  for (const [, tag = '', body = ''] of numbering.matchAll(ABSTRACT_NUM)) {
    const levels: Level[] = [];
    for (const [, lvlTag = '', lvl = ''] of body.matchAll(LEVEL)) {
      levels[Number(attribute(lvlTag, 'ilvl'))] = {
        start: Number(value(lvl, 'start') ?? 1),
        format: value(lvl, 'numFmt') ?? 'decimal',
        text: value(lvl, 'lvlText') ?? '',
      };
    }
    abstracts.set(attribute(tag, 'abstractNumId'), levels);
  }
  const lists = new Map<string, Level[]>();
  for (const [, tag = '', body = ''] of numbering.matchAll(NUM)) {
    const levels = abstracts.get(value(body, 'abstractNumId') ?? '');
    if (levels) lists.set(attribute(tag, 'numId'), levels);
  }
  return lists;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The list properties (w:numPr content) of each paragraph style that numbers its paragraphs. */
function styleNumbers(styles: string | undefined): Map<string, string> {
  const numbered = new Map<string, string>();
  for (const [, tag = '', body = ''] of styles?.matchAll(STYLE) ?? []) {
    const numPr = NUMBER_PROPERTIES.exec(body)?.[2];
    if (numPr !== undefined) numbered.set(attribute(tag, 'styleId'), numPr);
  }
  return numbered;
}

/** The body with each numbered paragraph's number written as a run at its start. */
export function writeNumbers(body: string, numbering: string | undefined, styles?: string): string {
  if (!numbering) return body;
  const byStyle = styleNumbers(styles);
  if (!body.includes('<w:numPr>') && byStyle.size === 0) return body;
  const lists = readLists(numbering);
  const counters = new Map<string, number[]>();
  return body.replace(PARAGRAPH_PROPERTIES, (properties: string, _attributes: string, inner: string) => {
    const numPr = NUMBER_PROPERTIES.exec(inner)?.[2] ?? byStyle.get(value(inner, 'pStyle') ?? '');
    if (numPr === undefined) return properties;
    const levels = lists.get(value(numPr, 'numId') ?? '');
    const level = Number(value(numPr, 'ilvl') ?? 0);
    const definition = levels?.[level];
    if (!levels || !definition || definition.format === 'bullet' || definition.format === 'none') return properties;
    const id = value(numPr, 'numId') ?? '';
    const counts = counters.get(id) ?? [];
    counts[level] = (counts[level] ?? (definition.start - 1)) + 1;
    counts.length = level + 1; // deeper levels start again
    counters.set(id, counts);
    const text = definition.text.replace(/%(\d)/g, (_, n: string) => {
      const at = Number(n) - 1;
      return formatted(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
    });
    if (!text.trim()) return properties;
    return `${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  });
}
