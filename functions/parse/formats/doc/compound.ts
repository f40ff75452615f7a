import type BufferReader from 'word-extractor/lib/buffer-reader.js';
import OleCompoundDoc, { type AllocationTable } from 'word-extractor/lib/ole-compound-doc.js';
import { isCompoundFile } from './signature.js';

const MINI_SECTOR = 64;

/**
 * Whether a compound file's header fits the file: sector sizes the format allows, and no more allocation-table
 * sectors than the file holds. word-extractor trusts these counts and allocates and loops by them.
 */
export function headerFits(bytes: Uint8Array): boolean {
  if (bytes.length < 512 || !isCompoundFile(bytes)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if ((shift !== 9 && shift !== 12) || view.getUint16(32, true) !== 6) return false;
  const sectors = Math.ceil(bytes.length / 2 ** shift);
  const counts = [44, 64, 72].map((offset) => view.getInt32(offset, true)); // SAT, mini SAT, MSAT sectors
  return counts.every((count) => count >= 0 && count <= sectors);
}

/**
 * word-extractor's compound-file reader with its sector chains bounded: a chain that loops, or runs past the
 * sectors the file can hold, is a damaged file (the library would follow it until memory runs out).
 */
export class BoundedCompoundDoc extends OleCompoundDoc {
  constructor(
    reader: BufferReader,
    private readonly fileBytes: number,
  ) {
    super(reader);
  }

  override async _readSAT(): Promise<void> {
    await super._readSAT();
    // Sector ids are counted from the end of the 512-byte header; 512 is the smallest sector.
    bound(this._SAT, Math.ceil(this.fileBytes / 512));
  }

  override async _readSSAT(): Promise<void> {
    await super._readSSAT();
    bound(this._SSAT, Math.ceil(this.fileBytes / MINI_SECTOR));
  }
}

function bound(table: AllocationTable, sectors: number): void {
  table.getSecIdChain = (start) => {
    const chain: number[] = [];
    const seen = new Set<number>();
    // Ids below 0 end a chain (end of chain, free, table sectors), as in the library.
    for (let id = start; id >= 0; id = table._table[id] ?? -1) {
      if (seen.has(id) || id >= sectors) throw new Error(`compound file: bad sector chain at ${id}`);
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
}
