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

const MAX_TITLE_LINES = 4;
const MAX_LINE = 60;
const NOT_TITLE = /^(?:依据|根据|按照|发布|来源|时间|日期|索引号|本报告)/;
const YEAR = /((?:19|20)\d{2})\s*年/;

export function readMeta(rows: readonly DocRow[], before: number): ReportMeta {
  const lines: string[] = [];
  for (const row of rows.slice(0, before)) {
    const text = row.cells.map((cell) => cell.text).join('').trim();
    if (text === '') continue;
    if (lines.length >= MAX_TITLE_LINES || text.length > MAX_LINE || NOT_TITLE.test(text)) break;
    lines.push(text);
    if (/报告$|年报$/.test(text)) break;
  }
  const reportLine = lines.findIndex((line) => /报告|年报/.test(line));
  const titleLines = reportLine >= 0 ? lines.slice(0, reportLine + 1) : lines.slice(0, 1);
  const title = titleLines.join('').replace(/\s+/g, '') || null;
  if (!title) return { title: null, agency: null, year: null };
  const year = YEAR.exec(title);
  return { title, agency: agencyOf(title, year), year: year?.[1] ? Number(year[1]) : null };
}

/** The agency: the title before its year, or, when the year leads, the words between it and 政府信息公开. */
function agencyOf(title: string, year: RegExpExecArray | null): string | null {
  const clean = (text: string): string | null => text.replace(/^关于/, '').replace(/[（(]?\s*$/, '').trim() || null;
  if (year && year.index > 0) return clean(title.slice(0, year.index));
  const rest = year ? title.slice(year.index + year[0].length).replace(/^度/, '') : title;
  const end = rest.indexOf('政府信息公开');
  return end > 0 ? clean(rest.slice(0, end)) : null;
}
