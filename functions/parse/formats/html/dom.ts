// domhandler is htmlparser2's own DOM (installed with it); only its types are imported here.
import type { ChildNode, Element, Text } from 'domhandler';
import { DomHandler, ElementType, Parser } from 'htmlparser2';
import { hideStyledElements } from './styles.js';
import { DEFAULT_BUDGETS, type ReadBudgets } from '../budgets.js';
import { UnreadableFileError, checkCharacters } from '../unreadable.js';

/** A node of the parsed page (element, text, comment …), as htmlparser2's DOM handler builds it. */
export type HtmlNode = ChildNode;
export type HtmlElement = Element;

export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

export function isText(node: HtmlNode): node is Text {
  return node.type === ElementType.Text;
}

/** What the page reader counts (budgets.ts): a long report page is a few thousand elements. */
export type HtmlBudgets = Pick<ReadBudgets, 'characters' | 'html' | 'text'>;

export const TOO_COMPLEX = '文件结构过于复杂（元素过多或嵌套过深），无法读取。请改为上传 .docx、文字版 PDF 或纯文本格式的报告。';

/**
 * Builds the DOM but stops, instead of exhausting memory or the stack, on an absurd element count or depth, or on
 * more text than any report holds (scripts and style sheets aside: a site's code is not the report's text).
 */
class CappedDomHandler extends DomHandler {
  private elements = 0;
  private characters = 0;

  constructor(private readonly budgets: HtmlBudgets) {
    super();
  }

  override ontext(data: string): void {
    const inside = this.tagStack.at(-1)?.type;
    if (inside !== ElementType.Script && inside !== ElementType.Style) {
      checkCharacters((this.characters += data.length), this.budgets.characters);
    }
    super.ontext(data);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.elements += 1;
    if (this.elements > this.budgets.html.elements || this.tagStack.length > this.budgets.html.depth) {
      throw new UnreadableFileError(TOO_COMPLEX);
    }
    super.onopentag(name, attribs);
  }
}

/**
 * Parses HTML the way browsers forgive it (unclosed tags, implied ends), tag names lower-cased, entities decoded;
 * elements the page's style sheet hides are marked `hidden`.
 */
export function parseHtml(html: string, budgets: HtmlBudgets = DEFAULT_BUDGETS): HtmlNode[] {
  const handler = new CappedDomHandler(budgets);
  new Parser(handler, { decodeEntities: true }).end(html);
  hideStyledElements(handler.root.children);
  return handler.root.children;
}
