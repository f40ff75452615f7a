/**
 * Word 97–2003 paragraph properties (MS-DOC's PlcBtePapx, PapxFkp and Sprm), read only for what tells table text
 * apart: which paragraphs lie in a table cell (sprmPFInTable), which mark a row's end (sprmPFTtp), and the row's
 * table definition (sprmTDefTable) with each cell's merge flags.
 */
export interface ParagraphRun {
  /** File positions in the WordDocument stream, end exclusive. */
  start: number;
  end: number;
  marks: 'row' | 'cell' | 'text';
  /** sprmTDefTable's operand, on a row's end. */
  tableDefinition?: Buffer;
}

const SPRM_IN_TABLE = 0x2416;
const SPRM_TTP = 0x2417;
const SPRM_HUGE_PAPX = 0x6646;
const SPRM_DEF_TABLE = 0xd608;
const SPRM_DEF_TABLE_10 = 0xd606;
const FKP_SIZE = 512;
/** FibRgFcLcb97's fcPlcfBtePapx, the offset of the paragraph pages' index in the table stream. */
const FC_PLCF_BTE_PAPX = 0x102;

export function* paragraphRuns(word: Buffer, table: Buffer, data: Buffer | undefined): Generator<ParagraphRun> {
  const fc = word.readUInt32LE(FC_PLCF_BTE_PAPX);
  const lcb = word.readUInt32LE(FC_PLCF_BTE_PAPX + 4);
  const plc = table.subarray(fc, fc + lcb);
  const pages = Math.floor((plc.length - 4) / 8);
  for (let i = 0; i < pages; i += 1) {
    const fkp = word.subarray(plc.readUInt32LE((pages + 1) * 4 + i * 4) * FKP_SIZE);
    if (fkp.length < FKP_SIZE) continue;
    const runs = fkp[FKP_SIZE - 1] ?? 0;
    for (let j = 0; j < runs; j += 1) {
      const start = fkp.readUInt32LE(j * 4);
      const end = fkp.readUInt32LE((j + 1) * 4);
      const properties = papx(fkp, (fkp[(runs + 1) * 4 + j * 13] ?? 0) * 2);
      yield { start, end, ...tableMarks(properties, data) };
    }
  }
}

/** A run's grpprl (its sprms, after the 2-byte style index); empty for a run with default properties. */
function papx(fkp: Buffer, offset: number): Buffer {
  if (offset === 0) return Buffer.alloc(0);
  const cb = fkp[offset] ?? 0;
  const [from, size] = cb !== 0 ? [offset + 1, 2 * cb - 1] : [offset + 2, 2 * (fkp[offset + 1] ?? 0)];
  return fkp.subarray(Math.min(from + 2, FKP_SIZE), Math.min(from + size, FKP_SIZE));
}

function tableMarks(grpprl: Buffer, data: Buffer | undefined): Omit<ParagraphRun, 'start' | 'end'> {
  let inTable = false;
  let rowEnd = false;
  let tableDefinition: Buffer | undefined;
  const visit = (sprms: Buffer): void => {
    for (const { sprm, operand } of eachSprm(sprms)) {
      if (sprm === SPRM_IN_TABLE) inTable = operand[0] === 1;
      else if (sprm === SPRM_TTP) rowEnd = operand[0] === 1;
      else if (sprm === SPRM_DEF_TABLE) tableDefinition = operand;
      else if (sprm === SPRM_HUGE_PAPX && data && operand.length === 4) {
        // PrcData in the Data stream: a 2-byte size, then the sprms.
        const at = operand.readUInt32LE(0);
        if (at + 2 <= data.length) visit(data.subarray(at + 2, at + 2 + data.readUInt16LE(at)));
      }
    }
  };
  visit(grpprl);
  if (rowEnd) return tableDefinition ? { marks: 'row', tableDefinition } : { marks: 'row' };
  return { marks: inTable ? 'cell' : 'text' };
}

function* eachSprm(sprms: Buffer): Generator<{ sprm: number; operand: Buffer }> {
  let at = 0;
  while (at + 2 <= sprms.length) {
    const sprm = sprms.readUInt16LE(at);
    at += 2;
    const size = operandSize(sprm, sprms, at);
    yield { sprm, operand: sprms.subarray(at, at + size) };
    at += size;
  }
}

/** An operand's size from the sprm's spra bits; a table definition's size takes 2 bytes, others' 1. */
function operandSize(sprm: number, sprms: Buffer, at: number): number {
  if (sprm === SPRM_DEF_TABLE || sprm === SPRM_DEF_TABLE_10) return at + 2 <= sprms.length ? 1 + sprms.readUInt16LE(at) : 2;
  const sizes = [1, 1, 2, 4, 2, 2, -1, 3];
  const size = sizes[sprm >> 13] ?? 1;
  return size >= 0 ? size : 1 + (sprms[at] ?? 0);
}

const TC80_SIZE = 20;

/**
 * Which cells of a row a merge covers (sprmTDefTable's TC80 flags): those merged into the cell before them
 * (horzMerge 2 or 3) or into the cell above (vertMerge 1). Their text stands in the cell the merge starts at.
 */
export function mergedCells(definition: Buffer | undefined): boolean[] {
  if (!definition || definition.length < 3) return [];
  const cells = definition[2] ?? 0;
  const first = 3 + 2 * (cells + 1);
  return Array.from({ length: cells }, (_, i) => {
    const at = first + i * TC80_SIZE;
    if (at + 2 > definition.length) return false;
    const flags = definition.readUInt16LE(at);
    return (flags & 0b11) >= 2 || ((flags >> 5) & 0b11) === 1;
  });
}
