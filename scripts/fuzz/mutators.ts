import type { Random } from '../../corpus/synthetic-random.js';

/** An uploaded file as the reader receives it. */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

/** A named change to a file; the name goes into the input's label so a crash says how it was made. */
export interface Mutator {
  name: string;
  apply(random: Random, file: FuzzFile): FuzzFile;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Applies `change` to the file's lines (decoded as UTF-8, lossily: the point is damage, not fidelity). */
function onLines(name: string, change: (random: Random, lines: string[]) => string[]): Mutator {
  return {
    name,
    apply: (random, file) => {
      const lines = decoder.decode(file.bytes).split('\n');
      return { ...file, bytes: encoder.encode(change(random, lines).join('\n')) };
    },
  };
}

/** Replaces some numbers of the text, each with what `replacement` gives. */
function onNumbers(name: string, replacement: (random: Random) => string): Mutator {
  return {
    name,
    apply: (random, file) => {
      const text = decoder.decode(file.bytes).replace(/\d+/g, (digits) =>
        random.chance(0.08) ? replacement(random) : digits,
      );
      return { ...file, bytes: encoder.encode(text) };
    },
  };
}

const span = (random: Random, length: number): [number, number] => {
  const start = random.int(0, Math.max(0, length - 1));
  return [start, Math.min(length, start + random.int(1, 40))];
};

const FULL_WIDTH = (digits: string): string =>
  digits.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

const EXTENSIONS = ['.docx', '.pdf', '.html', '.htm', '.md', '.doc', '.TXT', ''];

export const MUTATORS: readonly Mutator[] = [
  {
    name: 'byteFlip',
    apply: (random, file) => {
      const bytes = Uint8Array.from(file.bytes);
      for (let i = random.int(1, 16); i > 0 && bytes.length > 0; i -= 1) {
        bytes[random.int(0, bytes.length - 1)] = random.int(0, 255);
      }
      return { ...file, bytes };
    },
  },
  {
    name: 'truncate',
    apply: (random, file) => ({ ...file, bytes: file.bytes.slice(0, random.int(0, file.bytes.length)) }),
  },
  onLines('shuffleLines', (random, lines) => {
    const [start, end] = span(random, lines.length);
    return [...lines.slice(0, start), ...random.sample(lines.slice(start, end), end - start), ...lines.slice(end)];
  }),
  onLines('duplicateLines', (random, lines) => {
    const [start, end] = span(random, lines.length);
    return [...lines.slice(0, end), ...lines.slice(start, end), ...lines.slice(end)];
  }),
  onLines('deleteLines', (random, lines) => {
    const [start, end] = span(random, lines.length);
    return [...lines.slice(0, start), ...lines.slice(end)];
  }),
  onLines('insertMissingMarks', (random, lines) =>
    lines.map((line) => (random.chance(0.05) ? `${line}${random.pick(['/', '—', '无', '\t', ' | ', '||'])}` : line)),
  ),
  onNumbers('hugeNumbers', (random) => random.pick(['9'.repeat(random.int(16, 400)), '1e308', '18446744073709551617'])),
  onNumbers('negativeNumbers', (random) => `-${random.int(1, 999)}`),
  onNumbers('fullWidthNumbers', (random) => FULL_WIDTH(String(random.int(0, 99_999)))),
  onNumbers('oddNumbers', (random) => random.pick(['3.5', '1,2,3', '0x1F', 'NaN', 'Infinity', '١٢', '²', '+-3', '.'])),
  onNumbers('blankNumbers', (random) => random.pick(['', '/', '—', '无', '－', ' '])),
  {
    name: 'renameExtension',
    apply: (random, file) => ({
      ...file,
      name: file.name.replace(/(\.[a-z]+)?$/i, random.pick(EXTENSIONS)),
    }),
  },
];
