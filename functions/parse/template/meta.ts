import type { DocRow } from '../document.js';

/**
 * The title, agency and year from the report's first heading lines. The title may be split over lines
 * (`东花市街道2020年政府信息公开` / `工作年度报告`) or have the agency on a line of its own above it; a
 * publication date (发布时间) is not part of it.
 */
export interface ReportMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
}

const MAX_HEAD_LINES = 12;
const MAX_LINE = 60;
const NOT_TITLE = /^(?:依据|根据|按照|发布|来源|时间|日期|索引号|本报告)|[>＞|]|首页/;
const YEAR = /((?:19|20)\d{2}|二[〇○零O0][一二三四五六七八九〇○零O0]{2})\s*年/;
const CJK_DIGITS = '〇一二三四五六七八九';

/** `2021` or `二〇二一` as a number. */
function yearOf(written: string): number {
  return Number([...written].map((ch) => (/\d/.test(ch) ? ch : String(Math.max(0, CJK_DIGITS.indexOf(ch))))).join(''));
}
const TITLE_END = /^(?:工作)?(?:年度)?报告$/;

export function readMeta(rows: readonly DocRow[], before: number): ReportMeta {
  const lines = rows
    .slice(0, before)
    .map((row) => row.cells.map((cell) => cell.text).join('').replace(/\s+/g, '').replace(FIELD_NAME, '$1'))
    .filter((text) => text !== '')
    .slice(0, MAX_HEAD_LINES);
  const isTitle = (line: string, next = ''): boolean =>
    line.length <= MAX_LINE && !NOT_TITLE.test(line) && !/[。；]$/.test(line) && (/报告|年报/.test(line) || TITLE_END.test(next));
  const at = lines.findIndex((line, i) => isTitle(line, lines[i + 1]));
  const line = lines[at];
  if (at < 0 || !line) return { title: null, agency: null, year: null };
  // A cover notice (`关于印发《…年度报告》的通知`) names the report in its title marks.
  const quoted = COVER_NOTICE.exec(line)?.[1];
  let title = quoted ?? (TITLE_END.test(lines[at + 1] ?? '') && !/报告|年报/.test(line) ? `${line}${lines[at + 1]}` : line);
  // `（2022年度）` after the title or on the line below it names the year.
  const bracketed = BRACKET_YEAR.exec(title) ?? BRACKET_YEAR_LINE.exec(lines[at + 1] ?? '');
  if (bracketed?.index !== undefined && bracketed.input === title) title = title.slice(0, bracketed.index);
  // `2020年政府信息公开工作年度报告` under the agency's name (on one line or two), or `年度报告` under the rest.
  const headless = YEAR.exec(title)?.index === 0 || !title.includes('政府信息公开') || title.startsWith('政府信息公开');
  for (let above = at - 1; headless && above >= Math.max(0, at - 2); above -= 1) {
    const previous = lines[above];
    if (!previous || previous.length > 40 || NOT_TITLE.test(previous) || (above < at - 1 && !AGENCY_LINE.test(previous))) break;
    title = `${previous}${title}`;
  }
  const year = YEAR.exec(title);
  const yearText = year?.[1] ?? bracketed?.[1];
  return { title, agency: agencyOf(title, year), year: yearText ? yearOf(yearText) : null };
}

/** A title given as a field (`title: "…"` of a page's front matter, a site's `标题：…` row), without the field's name. */
const FIELD_NAME = /^(?:title|标题)[:：]["'“]?(.*?)["'”]?$/i;
const COVER_NOTICE = /^关于(?:印发|公布|发布)?《([^》]*报告)》的(?:通知|函|公告)/;
const BRACKET_YEAR = /[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]\s*$/;
const BRACKET_YEAR_LINE = /^[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]$/;
/** The first line of an agency's name split over two lines above the title: words ending as agencies' names do. */
const AGENCY_LINE = /^[\u4e00-\u9fff]{2,30}(?:政府|委员会|委|局|办事处|街道|镇|乡|区|县|市|厅|办公室|中心|院|署|会)$/;

/** The agency: the title before its year, or, when the year leads, the words between it and 政府信息公开. */
function agencyOf(title: string, year: RegExpExecArray | null): string | null {
  const clean = (text: string): string | null => text.replace(/^关于|关于$/g, '').replace(/[（(]?\s*$/, '').trim() || null;
  if (year && year.index > 0) return clean(title.slice(0, year.index));
  const rest = year ? title.slice(year.index + year[0].length).replace(/^度/, '') : title;
  const end = rest.indexOf('政府信息公开');
  return end > 0 ? clean(rest.slice(0, end)) : null;
}
