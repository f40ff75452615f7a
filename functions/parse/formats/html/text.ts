import { DomUtils } from 'htmlparser2';
import { normalizeText } from '../../decode.js';
import { type HtmlElement, type HtmlNode, isElement, isText } from './dom.js';

/** Elements whose contents a reader never sees. */
const SKIPPED_ELEMENTS = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'select', 'button',
]);

/**
 * Whether a reader never sees the element: a non-content element, or one hidden by `hidden`, `display: none` or
 * `visibility: hidden` (text a page hides, such as another year in its title, is not the report's).
 */
export function isSkipped(element: HtmlElement): boolean {
  if (SKIPPED_ELEMENTS.has(element.name) || element.attribs.hidden !== undefined) return true;
  if (isNoteReference(element)) return true;
  const style = element.attribs.style?.replace(/\s/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const BRACKETED_MARK = /^\s*[[［(（]\d{1,3}[\]］)）]\s*$/;
const NOTE_MARK = /^\s*\d{1,3}\s*$/;
const NOTE_TARGET = /^#_?(?:ftn|edn|footnote|endnote)/i;

/**
 * A footnote or endnote mark (`[1]` linking to the note, as Word writes it in a web page): read into a cell it
 * would turn 12 into 12[1]; the note itself stays where the page prints it.
 */
function isNoteReference(element: HtmlElement): boolean {
  const href = element.attribs.href;
  if (element.name !== 'a' || !href?.startsWith('#')) return false;
  // A bare number linking elsewhere on the page may be a value: only a note's own target makes it a mark.
  const text = DomUtils.textContent(element);
  return BRACKETED_MARK.test(text) || (NOTE_TARGET.test(href) && NOTE_MARK.test(text));
}

/**
 * The text an input box shows: pages saved from an online reporting system print their numbers in read-only
 * text boxes (`<input type="text" value="12" readonly>`). Hidden inputs, check boxes and buttons show none.
 */
export function inputText(element: HtmlElement): string {
  const type = (element.attribs.type ?? 'text').toLowerCase();
  return element.name === 'input' && (type === 'text' || type === 'number') ? ` ${element.attribs.value ?? ''} ` : '';
}

/** Elements that start a new line of text (a paragraph outside tables; a line break inside a cell). */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Han characters, CJK punctuation and full-width forms: no space is written between them.
const CJK_CLASS = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
const CJK = new RegExp(CJK_CLASS, 'u');
// A source line break between two CJK characters is markup layout, not a space (CSS Text 3 drops it too).
const CJK_LINE_BREAK = new RegExp(String.raw`(${CJK_CLASS})[^\S\r\n]*[\r\n]\s*(?=${CJK_CLASS})`, 'gu');

/**
 * One line of HTML text as a reader sees it, in the text reader's spelling (full-width digits, odd and zero-width
 * spaces normalised): whitespace runs collapsed, trimmed; '' when blank.
 */
export function collapseWhitespace(raw: string): string {
  return normalizeText(raw).replace(CJK_LINE_BREAK, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * In a table cell, spaces between two Han characters only space a short label out (规  章, 其 他, 自 然 人).
 * Prose keeps them: `共  条` is a number left out.
 */
const LETTER_SPACING = /(\p{Script=Han}) (?=\p{Script=Han})/gu;

/** One line of a table cell: whitespace collapsed, and letter-spacing between CJK characters (`规  章`) dropped. */
export const cellLine = (line: string): string => collapseWhitespace(line).replace(LETTER_SPACING, '$1');

/** Joins a cell's lines: nothing between CJK characters (`予以` + `公开`), a space otherwise (`公开` + `1.属于`). */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!line) continue;
    const glue = text && !(CJK.test(text.at(-1) ?? '') && CJK.test(line[0] ?? '')) ? ' ' : '';
    text += glue + line;
  }
  return text;
}

/** The text of a table cell on one line: its `<br>`- and `<p>`-separated lines joined by {@link joinLines}. */
export function cellText(nodes: readonly HtmlNode[]): string {
  const lines = [''];
  const visit = (node: HtmlNode): void => {
    if (isText(node)) {
      lines[lines.length - 1] += node.data;
      return;
    }
    if (!isElement(node) || isSkipped(node)) return;
    lines[lines.length - 1] += inputText(node);
    const breaks = node.name === 'br' || BLOCK_ELEMENTS.has(node.name);
    if (breaks) lines.push('');
    node.children.forEach(visit);
    if (breaks) lines.push('');
  };
  nodes.forEach(visit);
  return joinLines(lines.filter((line) => line !== '').map(cellLine));
}

/** The text of nodes as written, line breaks kept (a `<br>` is one): the text of preformatted blocks. */
export function rawText(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return node.data;
      if (!isElement(node) || isSkipped(node)) return '';
      return node.name === 'br' ? '\n' : rawText(node.children);
    })
    .join('');
}
