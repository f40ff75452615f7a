import type { DocxBudget } from './budget.js';
import { streamXml } from './xml-stream.js';

/** A paragraph's list membership as its w:numPr gives it: the list (numId) and the level in it (ilvl). */
export interface NumberReference {
  numId?: string;
  ilvl?: string;
}

/** What the reader needs of a style: whether it makes a heading, and the list that numbers its paragraphs. */
export interface ParagraphStyle {
  heading: boolean;
  numbering?: NumberReference;
}

/** Word's heading styles by id and by name, in English and as Word stores the built-in names (heading 1). */
const HEADING_ID = /^Heading[1-6]?$/;
const HEADING_NAME = /^[Hh]eading(?: [1-6])?$/;

/** Whether a paragraph of this style is a heading: by the style's name, or by its id when styles.xml lacks it. */
export function isHeading(styles: ReadonlyMap<string, ParagraphStyle>, styleId: string | undefined): boolean {
  if (styleId === undefined) return false;
  return styles.get(styleId)?.heading ?? HEADING_ID.test(styleId);
}

/**
 * Collects a w:numPr's w:numId and w:ilvl as its elements stream by; an empty one (`<w:numPr/>`) numbers nothing
 * and is not a w:numPr at all to Word's list rules, so it ends as undefined.
 */
export class NumberReader {
  private reading: NumberReference | undefined;
  private found = false;

  start(): void {
    this.reading = {};
    this.found = false;
  }

  /** Takes a child element of the w:numPr being read; true when it was one. */
  take(name: string, attributes: Record<string, string>): boolean {
    if (!this.reading) return false;
    this.found = true;
    const value = attributes['w:val'];
    if (name === 'w:numId') this.reading.numId ??= value;
    if (name === 'w:ilvl') this.reading.ilvl ??= value;
    return true;
  }

  end(): NumberReference | undefined {
    const read = this.found ? this.reading : undefined;
    this.reading = undefined;
    return read;
  }
}

/** The styles part's styles by id (`Heading1`), with their names (heading 1) and lists. */
export function readStyles(bytes: Uint8Array | undefined, budget: DocxBudget): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (!bytes) return styles;
  const numbers = new NumberReader();
  let style: { id: string; name?: string; numbering?: NumberReference } | undefined;
  const open: string[] = [];
  streamXml(
    bytes,
    {
      open(name, attributes) {
        if (name === 'w:style') style = { id: attributes['w:styleId'] ?? '' };
        else if (name === 'w:name' && open.at(-1) === 'w:style' && style) style.name ??= attributes['w:val'];
        else if (name === 'w:numPr' && style && !style.numbering) numbers.start();
        else numbers.take(name, attributes);
        open.push(name);
      },
      close(name) {
        open.pop();
        if (name === 'w:numPr' && style) style.numbering ??= numbers.end();
        if (name === 'w:style' && style) {
          const heading = HEADING_ID.test(style.id) || HEADING_NAME.test(style.name ?? '');
          styles.set(style.id, { heading, ...(style.numbering ? { numbering: style.numbering } : {}) });
          style = undefined;
        }
      },
      text() {},
    },
    budget,
  );
  return styles;
}
