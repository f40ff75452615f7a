// The parts of word-extractor 1.0.4 (pinned exactly in package.json) that formats/doc/word.ts builds on: its
// compound-file reader and its Word 97–2003 text extractor, whose internals are subclassed there because the public
// getBody() turns cell and row marks into tabs and newlines that real text also contains.

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}

declare module 'word-extractor/lib/ole-compound-doc.js' {
  import type { Readable } from 'node:stream';
  import type BufferReader from 'word-extractor/lib/buffer-reader.js';

  export interface AllocationTable {
    _table: number[];
    getSecIdChain(start: number): number[];
  }
  export default class OleCompoundDoc {
    constructor(reader: BufferReader);
    _SAT: AllocationTable;
    _SSAT: AllocationTable;
    _rootStorage: { _dirEntry: { streams: Record<string, unknown> } };
    read(): Promise<this>;
    _readSAT(): Promise<void>;
    _readSSAT(): Promise<void>;
    stream(name: string): Readable;
  }
}

declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type { Readable } from 'node:stream';
  import type BufferReader from 'word-extractor/lib/buffer-reader.js';
  import type OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';

  export interface Piece {
    text: string;
    startCp: number;
    endCp: number;
    startFilePos: number;
    endFilePos: number;
    bpc: 1 | 2;
  }
  export default class WordOleExtractor {
    _pieces: Piece[];
    extract(reader: BufferReader): Promise<unknown>;
    _boundaries: { ccpText: number };
    documentStream(document: OleCompoundDoc, name: string): Promise<Readable>;
    streamBuffer(stream: Readable): Promise<Buffer>;
    extractWordDocument(document: OleCompoundDoc, buffer: Buffer): Promise<unknown>;
    writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    buildDocument(): unknown;
  }
}

declare module 'word-extractor/lib/filters.js' {
  /** Field codes dropped (their results kept), paragraph marks to newlines, other control characters removed. */
  export function clean(text: string): string;
}
