import { DomUtils } from 'htmlparser2';
import type { HtmlElement, HtmlNode } from './dom.js';

/** No page's own style sheet is longer; beyond this it is not read for hidden classes (and costs time). */
const MAX_STYLE = 100_000;
const HIDES = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const SHOWS = /display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible/i;
/** Longer text is content, not a slipped-in word: a style sheet never hides it here (tabs shown by script). */
const MAX_HIDDEN_TEXT = 100;
/** `span`, `.hide`, `#note`, `span.hide.small`: the selectors read; any other (`a b`, `a > b`, `:hover`) is not. */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$/i;

interface Selector {
  tag?: string;
  classes: string[];
  id?: string;
}

/**
 * Marks `hidden` the elements the page's own `<style>` hides by a simple selector (`.hide { display: none }`), so
 * that text a reader never sees (another year slipped into the title, a hidden copy of a cell) is skipped as text
 * hidden by the attribute or an inline style is (html/text.ts `isSkipped`). Only short text with no table is
 * hidden, and no class or id another rule shows (`.tab.active { display: block }`): hiding the report itself would
 * be worse than reading a stray word. Rules inside `@media` are not read: they hide only on some screens or in print.
 */
export function hideStyledElements(nodes: HtmlNode[]): void {
  const sheet = DomUtils.findAll((element) => element.name === 'style', nodes)
    .map((element) => DomUtils.textContent(element))
    .join('\n')
    .slice(0, MAX_STYLE);
  const selectors = hidingSelectors(sheet);
  if (selectors.length === 0) return;
  const hidden = DomUtils.findAll((node) => selectors.some((selector) => matches(node, selector)), nodes);
  for (const element of hidden) {
    const small = DomUtils.textContent(element).trim().length <= MAX_HIDDEN_TEXT;
    if (small && !DomUtils.findOne((node) => node.name === 'table', element.children)) element.attribs.hidden = '';
  }
}

function hidingSelectors(sheet: string): Selector[] {
  const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, list = '', body = '']) => ({ list, body }));
  const shown = new Set(rules.filter((rule) => SHOWS.test(rule.body)).flatMap((rule) => rule.list.match(/[.#][\w-]+/g) ?? []));
  const selectors: Selector[] = [];
  for (const { list, body } of rules) {
    if (!HIDES.test(body)) continue;
    for (const text of list.split(',')) {
      const match = SIMPLE_SELECTOR.exec(text.trim());
      if (!match || text.trim() === '') continue;
      const parts = match[2]?.match(/[.#][\w-]+/g) ?? [];
      if (parts.some((part) => shown.has(part))) continue;
      const id = parts.find((part) => part.startsWith('#'))?.slice(1);
      const tag = match[1]?.toLowerCase();
      selectors.push({
        ...(tag ? { tag } : {}),
        classes: parts.filter((part) => part.startsWith('.')).map((part) => part.slice(1)),
        ...(id ? { id } : {}),
      });
    }
  }
  return selectors;
}

function matches(element: HtmlElement, selector: Selector): boolean {
  if (selector.tag !== undefined && element.name !== selector.tag) return false;
  if (selector.id !== undefined && element.attribs.id !== selector.id) return false;
  const classes = (element.attribs.class ?? '').split(/\s+/);
  return selector.classes.every((name) => classes.includes(name));
}
