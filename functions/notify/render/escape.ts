/** Report text is untrusted: these keep it out of markup and headers, and short. */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Cuts text to at most `max` characters (code points, so a CJK character is never split), marking the cut. */
export function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * One line fit for a mail header: every control character (CR, LF, tab, NUL …) and every Unicode line separator
 * becomes a space, runs of spaces collapse, and the result is capped. Header injection needs a line break.
 */
export function headerText(text: string, max: number): string {
  const line = text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return capText(line, max);
}
