import { DomUtils } from 'htmlparser2';
import type { DocRow } from '../../document.js';
import { type HtmlNode, parseHtml } from './dom.js';
import { cellText } from './text.js';

/** Lines at the top of a page where the report's title is looked for (as the template mapping looks for it). */
const HEAD_LINES = 12;
/** Site names and column names follow the article's title in `<title>`: `标题_年度报告_某区人民政府门户网站`. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|\s[-—–]\s)\s*/;
const REPORT_TITLE = /(?:19|20)\d{2}\s*年.*(?:报告|年报)/;
/** No page title is longer; a longer one is not read further. */
const MAX_TITLE = 300;

/**
 * A page whose body never prints the report's title (a title drawn as a picture, or set by script) still names
 * it in `<title>`: that title, without the site's name, as a first line before the body's, when no line near
 * the top holds it. Otherwise the rows as they are.
 */
export function withPageTitle(document: HtmlNode[], rows: readonly DocRow[]): DocRow[] {
  const element = DomUtils.findOne((node) => node.name === 'title', document, true);
  const title = element ? visibleTitle(DomUtils.textContent(element)) : undefined;
  if (!title) return [...rows];
  const compact = (text: string): string => text.replace(/\s+/g, '');
  const top = rows.filter((row) => row.table === undefined).slice(0, HEAD_LINES);
  if (top.some((row) => row.cells.some((cell) => compact(cell.text).includes(compact(title))))) return [...rows];
  const below = (row: DocRow): DocRow => ({
    cells: row.cells.map((cell) => ({ ...cell, at: { line: (cell.at.line ?? 0) + 1 } })),
  });
  const shifted = rows.map((row) => (row.table === undefined ? below(row) : row));
  return [{ cells: [{ text: title, at: { line: 1 } }] }, ...shifted];
}

/**
 * `<title>` is raw text to the parser: markup a site's CMS writes into it (`<b>`, a `<script>`, a comment, escaped
 * or not) would stand in the title as characters. Parsed again, only what a reader would see of it is kept.
 */
function visibleTitle(raw: string): string | undefined {
  return cellText(parseHtml(raw.slice(0, MAX_TITLE)))
    .split(TITLE_SEPARATOR)
    .find((part) => REPORT_TITLE.test(part));
}
