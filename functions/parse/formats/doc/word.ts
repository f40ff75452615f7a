import BufferReader from 'word-extractor/lib/buffer-reader.js';
import type OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
import { clean } from 'word-extractor/lib/filters.js';
import WordOleExtractor, { type Piece } from 'word-extractor/lib/word-ole-extractor.js';
import { BoundedCompoundDoc } from './compound.js';
import { mergedCells, paragraphRuns } from './paragraphs.js';
import { UnreadableFileError } from '../unreadable.js';

/** Marks the body text keeps in place of Word's own: a cell's end, a table row's end, a line break inside a cell. */
export const CELL = '\ue007';
export const ROW = '\ue00d';
export const CELL_LINE = '\ue00a';

export interface WordBody {
  /** The main story (no headers, footers, footnotes): fields shown as their results, deletions left out. */
  text: string;
  /** For each row mark in `text`, in order: which of the row's cells a merge covers. */
  merges: boolean[][];
}

export const ENCRYPTED = '文件设置了打开密码，无法读取。请取消密码后另存为 .docx 重新上传。';
export const WORD_95 = '文件是 Word 95 或更早版本的格式，无法读取。请在 Word 或 WPS 中另存为 .docx 后重新上传。';

/** wIdent of Word 97 and later, and of Word 6/95. */
const WORD_IDENTS = new Set([0xa5ec, 0xa5dc]);
/** nFib of Word 97, the first version whose text this reader (and word-extractor) understands. */
const NFIB_WORD_97 = 0xc1;
const F_ENCRYPTED = 0x0100;
const F_OBFUSCATED = 0x8000;

/** Thrown when the compound file holds no WordDocument stream: some other program's file. */
export class NotWordError extends Error {
  override name = 'NotWordError';
}

/**
 * The main story of a Word 97–2003 file with its tables marked. word-extractor reads the container, the piece
 * table and tracked deletions; its getBody() turns cell and row ends into tabs and newlines (and misses row ends
 * whose paragraph carries a table definition), so the paragraph properties are read here and the marks kept.
 */
export async function readWordBody(bytes: Uint8Array): Promise<WordBody> {
  const extractor = new MarkingExtractor();
  const text = await extractor.read(bytes);
  return { text, merges: extractor.rows.sort((a, b) => a.cp - b.cp).map((row) => row.merged) };
}

class MarkingExtractor extends WordOleExtractor {
  readonly rows: { cp: number; merged: boolean[] }[] = [];
  private data: Buffer | undefined;

  async read(bytes: Uint8Array): Promise<string> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const document = new BoundedCompoundDoc(new BufferReader(buffer), bytes.length);
    await document.read();
    if (!this.hasStream(document, 'WordDocument')) throw new NotWordError('no WordDocument stream');
    const word = await this.streamBuffer(await this.documentStream(document, 'WordDocument'));
    checkFib(word);
    // Paragraph properties too large for their page live in the Data stream (sprmPHugePapx).
    if (this.hasStream(document, 'Data')) this.data = await this.streamBuffer(await this.documentStream(document, 'Data'));
    return (await this.extractWordDocument(document, word)) as string;
  }

  private hasStream(document: OleCompoundDoc, name: string): boolean {
    return Object.hasOwn(document._rootStorage._dirEntry.streams, name);
  }

  /** Replaces the library's pass (which only finds some row ends) with one that marks rows and in-cell lines. */
  override writeParagraphProperties(word: Buffer, table: Buffer): void {
    for (const run of paragraphRuns(word, table, this.data)) {
      if (run.marks === 'row') this.markRow(run.start, run.end, run.tableDefinition);
      else if (run.marks === 'cell') this.mark(run.start, run.end, (ch) => (ch === '\r' || ch === '\v' ? CELL_LINE : ch));
    }
  }

  override buildDocument(): string {
    const body = this._pieces
      .map((piece) => piece.text)
      .join('')
      .slice(0, this._boundaries.ccpText);
    return clean(body.replaceAll('\x07', CELL));
  }

  private markRow(start: number, end: number, definition: Buffer | undefined): void {
    const cp = this.mark(start, end, (ch) => (ch === '\x07' ? ROW : ch));
    if (cp !== undefined && cp < this._boundaries.ccpText) this.rows.push({ cp, merged: mergedCells(definition) });
  }

  /** Maps each character of a run given by file positions; returns the cp of the run's last character. */
  private mark(start: number, end: number, map: (ch: string) => string): number | undefined {
    let last: number | undefined;
    for (const piece of this._pieces) {
      const from = Math.max(start, piece.startFilePos);
      const to = Math.min(end, piece.endFilePos);
      if (from >= to) continue;
      const [first, after] = [(from - piece.startFilePos) / piece.bpc, (to - piece.startFilePos) / piece.bpc];
      piece.text = piece.text.slice(0, first) + mapped(piece, first, after, map) + piece.text.slice(after);
      last = piece.startCp + after - 1;
    }
    return last;
  }
}

const mapped = (piece: Piece, first: number, after: number, map: (ch: string) => string): string =>
  [...piece.text.slice(first, after)].map(map).join('');

function checkFib(word: Buffer): void {
  if (word.length < 0x200 || !WORD_IDENTS.has(word.readUInt16LE(0))) throw new Error('not a Word FIB');
  if (word.readUInt16LE(2) < NFIB_WORD_97) throw new UnreadableFileError(WORD_95);
  if (word.readUInt16LE(0xa) & (F_ENCRYPTED | F_OBFUSCATED)) throw new UnreadableFileError(ENCRYPTED);
}
