import type { Provenance } from '../../../shared/model/finding.js';
import type { ReadReport } from '../../../shared/model/report.js';
import type { SectionId } from '../../../shared/model/template.js';

/** A sentence of the report's prose, with where it starts. */
export interface Sentence {
  text: string;
  at: Provenance;
  section?: SectionId;
}

/** A line ending like this continues into the next one (a list after `其中：`, items ending `；`). */
const CONTINUES = /[：:；;，,、]$/u;
/** A line that ends a sentence or a heading; a long line ending otherwise was wrapped (PDF text). */
const ENDS = /[。！？!?：:；;，,、）)」”"]$/u;
const WRAPPED_LENGTH = 25;
const HEADING = /^(?:[（(]?[一二三四五六七八九十]+[）)、．.]|[（(]\d+[）)]|\d+[、.．](?!\d))/u;
const BARE_NUMBER = /(?:^|[\s|])\d+(?:\.\d+)?(?=[\s|]|$)/gu;

/** A table row that reached the prose (three or more bare numbers), not a sentence. */
function isTableRow(line: string): boolean {
  return /\d/u.test(line) && (line.match(BARE_NUMBER)?.length ?? 0) >= 3;
}

/** Whether a line goes on from the one before: a list item after `：`/`；`, or the rest of a wrapped line. */
function continues(previous: string, line: string): boolean {
  if (CONTINUES.test(previous)) return true;
  return previous.length >= WRAPPED_LENGTH && !ENDS.test(previous) && !HEADING.test(line);
}
const SENTENCE = /[^。！？!?]+[。！？!?]*/gu;
/** `1,234`: a thousands separator inside a count, dropped so the count reads whole (`1，234` may be a list). */
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/gu;
/** Markdown bold around a number (`**10**件`), dropped so the count reads; `共**件` stays a gap. */
const BOLD_NUMBER = /\*\*(?=\d)|(?<=\d)\*\*/gu;

/**
 * The report's prose as sentences, in order. Sentences end at 。！？ and at line ends, except where a line ends
 * in `：` `；` `，` and the next continues it (001's `其中：` with one item a line), or a long line was wrapped.
 */
export function sentencesOf(report: ReadReport): Sentence[] {
  const known = SENTENCES.get(report.paragraphs);
  if (known) return known;
  const sentences = splitSentences(report);
  SENTENCES.set(report.paragraphs, sentences);
  return sentences;
}

/**
 * Every narrative rule reads the same sentences: split each report's prose once, also for the copies with other
 * table numbers that suggested corrections are tried on (validate/suggest/suggest.ts), which share its paragraphs.
 */
const SENTENCES = new WeakMap<ReadReport['paragraphs'], Sentence[]>();

function splitSentences(report: ReadReport): Sentence[] {
  const lines = report.paragraphs.flatMap((paragraph) =>
    paragraph.text
      .split('\n')
      .map((text) => ({
        text: text.trim().replace(THOUSANDS, '').replace(BOLD_NUMBER, ''),
        at: paragraph.at,
        section: paragraph.section,
      }))
      .filter((line) => line.text !== '' && !isTableRow(line.text)),
  );
  const joined: typeof lines = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last && continues(last.text, line.text)) last.text += line.text;
    else joined.push({ ...line });
  }
  return joined.flatMap((line) =>
    (line.text.match(SENTENCE) ?? []).map((text) => ({
      text: text.trim(),
      at: line.at,
      ...(line.section === undefined ? {} : { section: line.section }),
    })),
  );
}

export const EXCERPT_LENGTH = 120;

/** The sentence as a finding's excerpt: capped, and centred on what the finding is about when it is long. */
export function excerptOf(sentence: Sentence, index = 0, length = EXCERPT_LENGTH): string {
  const { text } = sentence;
  if (text.length <= length) return text;
  const start = Math.max(0, Math.min(Math.floor(index - length / 3), text.length - length + 1));
  const end = start + length - 1;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** The fields every narrative finding carries: the sentence and where it stands. */
export function quote(sentence: Sentence, index = 0) {
  return { excerpt: excerptOf(sentence, index), at: sentence.at };
}

/** A count as prose writes it: at most nine digits (a longer run is no count), not the tail of a longer number. */
export const COUNT = '\\d{1,9}(?!\\d)';

/** A count in digits or in Chinese numerals (`十二`, `两`), for the forms that read both: `收到申请十二件`. */
export const COUNT_OR_NUMERAL = String.raw`(?:\d{1,9}(?!\d)|[零〇一二两三四五六七八九十百千]{1,6})`;
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a count in digits or Chinese numerals (`十二` 12, `一百零五` 105). */
export function numberOf(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const char of text) {
    const power = POWER[char];
    if (power === undefined) digit = DIGIT[char] ?? 0;
    else {
      total += (digit || 1) * power; // 十二: a bare 十 is one ten
      digit = 0;
    }
  }
  return total + digit;
}

/** Measure words counted items take in the prose. */
export const UNIT = '(?:件|项|条|个|份|次|名|人|宗|起)';

/** Counts (`9项`, `154 条`) in a text: not a digit of a decimal or a longer number. */
export function countsIn(text: string): { value: number; unit: string; index: number; end: number }[] {
  return [...text.matchAll(new RegExp(`(?<![\\d.])(${COUNT})\\s*(${UNIT})`, 'gu'))].map((match) => ({
    value: Number(match[1]),
    unit: match[2] ?? '',
    index: match.index,
    end: match.index + match[0].length,
  }));
}

/** A year named as the base of a comparison (`较2019年`, `与2019年相比`): the statement is not about it. */
const COMPARED_BEFORE = /(?:较|比|与|相对于)\s*$/u;
const COMPARED_AFTER = /^度?\s*(?:相比|同期|比较|对比)/u;

/** The year a statement is about: the nearest `2019年` before it in its sentence that is no comparison's, or null. */
export function yearBefore(text: string, index: number): number | null {
  const before = text.slice(0, index);
  const years = [...before.matchAll(/((?:19|20)\d{2})\s*年/gu)].filter(
    (m) =>
      !COMPARED_BEFORE.test(before.slice(Math.max(0, m.index - 4), m.index)) &&
      !COMPARED_AFTER.test(before.slice(m.index + m[0].length)),
  );
  const last = years.at(-1);
  return last ? Number(last[1]) : null;
}

/** The clause a position stands in (from the mark before it to the mark after it; brackets stay in), and the rest. */
export function clauseAt(text: string, index: number): { clause: string; rest: string } {
  const start = Math.max(...[...'，。；,;：:'].map((mark) => text.lastIndexOf(mark, index)));
  const end = text.slice(index).search(/[，。；,;]/u);
  return {
    clause: text.slice(start + 1, end < 0 ? undefined : index + end),
    rest: end < 0 ? '' : text.slice(index + end + 1),
  };
}

/** Words of a statement about more than this agency (`全区各行政机关共收到…`, `各部门共…`): not its own figures. */
export const WIDER_SCOPE =
  /全区|全市|全省|全县|全州|全旗|全镇|全乡|全国|全系统|各级|各部门|各单位|各街道|各乡镇|各镇|各区|各县|各行政机关|所属单位|下属单位/u;

/**
 * A statement about part of a year (上半年, a quarter, a month, `截至10月底`) is not about the year's totals; `1-12月`
 * is the whole year.
 */
export const PART_OF_YEAR =
  /上半年|下半年|季度|月份|(?<!\d)(?!1\s*[-—至到]\s*12\s*月)\d+\s*[-—至到]\s*\d+\s*月|截[至止](?:\d{4}年)?(?:[1-9]|1[01])月/u;
