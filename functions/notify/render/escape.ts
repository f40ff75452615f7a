/** Report text is untrusted: these keep it out of markup and headers, and short. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** C0 and C1 controls (CR, LF, tab, NUL, ESC, U+0085 …) and the Unicode line and paragraph separators. */
const LINE_BREAKERS = /[\p{Cc}\u2028\u2029]/gu;
/** Bidi embeddings, overrides, isolates and marks: invisible, yet they can make a file name read backwards. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Cuts text to at most `max` characters (code points, so a CJK character is never split), marking the cut. */
export function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Text made safe for one line of a mail header or of a plain-text body: every control character and line separator
 * becomes a space, bidi controls go, runs of whitespace collapse to one space, the ends are trimmed.
 * Header injection needs a line break; a stray CR or ESC garbles the line in a mail client or terminal.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKERS, ' ').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** oneLine, capped: the cap counts what is shown, not the control characters removed. */
export function headerText(text: string, max: number): string {
  return capText(oneLine(text), max);
}
