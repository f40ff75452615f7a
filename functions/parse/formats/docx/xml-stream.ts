import { Parser } from 'htmlparser2';
import type { DocxBudget } from './budget.js';
import { NOT_DOCX } from './zip.js';
import { UnreadableFileError } from '../unreadable.js';

/** What a part's reader does with each event of its XML, in document order. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(data: string): void;
}

/** Bytes decoded and handed to the parser at a time: the part is never one string. */
const CHUNK_BYTES = 64 * 1024;
/**
 * Word nests a few dozen elements deep (a text box in a table in a table); far deeper is damage, such as elements
 * never closed, and each level costs the parser a scan when a close tag comes.
 */
const MAX_DEPTH = 400;
/**
 * The parser holds a tag (its attributes), comment or CDATA section whole until its end: Word's are at most a few
 * kB, while one of megabytes would be held several times over. Text is handed on chunk by chunk and never waits.
 */
const MAX_PENDING_BYTES = 2 ** 20;

/**
 * Streams one XML part through `handler` with htmlparser2's SAX parser, spending an element of the budget per
 * start tag. Throws UnreadableFileError (damaged .docx) for nesting past MAX_DEPTH, a tag or comment longer than
 * MAX_PENDING_BYTES, or an element left open (closed only by an end tag of an element around it, or by the end of
 * the part), none of which Word writes; the parser forgives the rest.
 */
export function streamXml(bytes: Uint8Array, handler: XmlHandler, budget: DocxBudget): void {
  let depth = 0;
  let ended = false;
  let pending = 0; // bytes written since the parser last handed something on
  let justOpened = false; // a close right after its own start tag is a self-closing tag (<w:b/>), not a lapse
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        pending = 0;
        budget.spend('elements');
        depth += 1;
        if (depth > MAX_DEPTH) throw new UnreadableFileError(NOT_DOCX);
        handler.open(name, attributes);
        justOpened = true;
      },
      onclosetag(name, implied) {
        if (ended || (implied && !justOpened)) throw new UnreadableFileError(NOT_DOCX);
        pending = 0;
        justOpened = false;
        depth -= 1;
        handler.close(name);
      },
      ontext(data) {
        pending = 0;
        justOpened = false;
        handler.text(data);
      },
    },
    { xmlMode: true },
  );
  const decoder = new TextDecoder(); // strips a byte-order mark; a character split between chunks waits
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    parser.write(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true }));
    pending += CHUNK_BYTES;
    if (pending > MAX_PENDING_BYTES) throw new UnreadableFileError(NOT_DOCX);
  }
  parser.write(decoder.decode());
  ended = true;
  parser.end();
}
