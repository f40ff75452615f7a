import type { SectionId } from '../../shared/model/template.js';
import { SECTION_IDS } from '../../shared/model/template.js';
import type { DocRow } from '../document.js';

/**
 * The six section headings. A heading is a short line numbered 一、 / 2、 / （二） whose words name that
 * section; numbers must rise. Bracketed numbers (（二）) are sub-headings in most reports, so they count only
 * when the report has no 一、-style headings at all.
 */

const TITLE_WORDS: Record<SectionId, RegExp> = {
  一: /总体情况|概述|基本情况/,
  二: /主动公开/,
  三: /收到和处理|依申请|申请情况/,
  四: /行政复议|行政诉讼/,
  五: /存在的?主要问题|问题及改进|改进情况|不足/,
  六: /其他需要报告|其他事项|需要报告的/,
};

/** The six sections' titles in the template. */
export const SECTION_TITLES: Record<SectionId, string> = {
  一: '总体情况',
  二: '主动公开政府信息情况',
  三: '收到和处理政府信息公开申请情况',
  四: '政府信息公开行政复议、行政诉讼情况',
  五: '存在的主要问题及改进情况',
  六: '其他需要报告的事项',
};
/** A line that starts with a template title (四's up to its 、) is that heading however it goes on or is numbered. */
const isTemplateTitle = (id: SectionId, words: string): boolean =>
  words.replace(/\s+/g, '').startsWith(SECTION_TITLES[id].split('、')[0] ?? '');

const ARABIC: Record<string, SectionId> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六' };
const COMMA_STYLE = /^\s*(?:第?([一二三四五六])\s*(?:[、.．,，]|部分)|([1-6])\s*[、,，])\s*(\S.*)$/;
const BRACKET_STYLE = /^\s*[（(]\s*([一二三四五六])\s*[)）]\s*(\S.*)$/;
const MAX_HEADING = 40;

export interface SectionStart {
  id: SectionId;
  /** Index into the document's rows. */
  row: number;
}

/** Where each section starts, in document order. */
export function findSections(rows: readonly DocRow[]): SectionStart[] {
  const comma = headings(rows, (text) => {
    const match = COMMA_STYLE.exec(text);
    const id = match?.[1] ?? ARABIC[match?.[2] ?? ''];
    return id && match?.[3] ? { id: id as SectionId, words: match[3] } : null;
  });
  const bracket = headings(rows, (text) => {
    const match = BRACKET_STYLE.exec(text);
    return match?.[1] && match[2] ? { id: match[1] as SectionId, words: match[2] } : null;
  });
  if (comma.length < 2) return bracket.length > comma.length ? bracket : comma;
  // A report mixing styles (`三、` … `(四)政府信息公开行政复议…`): a bracketed heading counts when it is the
  // template's title, since section 一's own sub-headings are bracketed too.
  const sections = [...comma];
  for (const extra of bracket) {
    if (sections.some((section) => section.id === extra.id) || !isTemplateTitle(extra.id, wordsAt(rows, extra.row))) continue;
    const before = sections.filter((section) => section.row < extra.row).pop();
    const after = sections.find((section) => section.row > extra.row);
    const rank = SECTION_IDS.indexOf(extra.id);
    if ((!before || SECTION_IDS.indexOf(before.id) < rank) && (!after || SECTION_IDS.indexOf(after.id) > rank)) {
      sections.push(extra);
      sections.sort((a, b) => a.row - b.row);
    }
  }
  return sections;
}

const wordsAt = (rows: readonly DocRow[], row: number): string =>
  (rows[row]?.cells.find((cell) => cell.text !== '')?.text ?? '').replace(/^\s*[（(]\s*[一二三四五六]\s*[)）]/, '');

type HeadingParser = (text: string) => { id: SectionId; words: string } | null;

function headings(rows: readonly DocRow[], parse: HeadingParser): SectionStart[] {
  const found: SectionStart[] = [];
  rows.forEach((row, index) => {
    if (row.table !== undefined) return;
    const texts = row.cells.map((cell) => cell.text).filter((text) => text !== '');
    const text = texts[0];
    if (texts.length !== 1 || !text) return;
    const heading = parse(text);
    if (!heading || !TITLE_WORDS[heading.id].test(heading.words)) return;
    // A heading run on into its first sentence (PDF text without layout) is long but starts with the title.
    if (text.length > MAX_HEADING && !isTemplateTitle(heading.id, heading.words)) return;
    const last = found[found.length - 1];
    if (last && SECTION_IDS.indexOf(heading.id) <= SECTION_IDS.indexOf(last.id)) return;
    found.push({ id: heading.id, row: index });
  });
  return found;
}

/** The section a row stands in, given the section starts. */
export function sectionAt(sections: readonly SectionStart[], row: number): SectionId | undefined {
  let current: SectionId | undefined;
  for (const start of sections) if (start.row <= row) current = start.id;
  return current;
}
