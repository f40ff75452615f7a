import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPdf } from '../../corpus/pdf-report-builder.js';
import { toDocx, toHtmlBytes } from '../../corpus/report-fixtures-html-docx.js';
import { PDF_SAFE_TITLE, syntheticBlocks } from '../../corpus/synthetic-documents.js';
import { generateReport, INJECTABLE_ERRORS, type SyntheticReport } from '../../corpus/synthetic-report.js';
import { createRandom, type Random } from '../../corpus/synthetic-random.js';
import { hostileFile, reencode } from './hostile-files.js';
import { type FuzzFile, MUTATORS } from './mutators.js';

/** The real files mutations start from, and what was missing (said once, not failed on). */
export interface FuzzBases {
  seeds: FuzzFile[];
  examples: FuzzFile[];
  /** Synthetic reports as real .docx, .html and .pdf files, so byte-level damage reaches those readers too. */
  documents: FuzzFile[];
  notes: string[];
}

export interface FuzzInput {
  index: number;
  /** How the input was made, e.g. `seed 004_….txt + truncate + hugeNumbers`. */
  label: string;
  file: FuzzFile;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(PROJECT_ROOT, '../shared/seeds');
const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');

export async function loadFuzzBases(): Promise<FuzzBases> {
  const notes: string[] = [];
  const load = async (dir: string, what: string): Promise<FuzzFile[]> => {
    const files = existsSync(dir) ? await filesUnder(dir) : [];
    if (files.length === 0) notes.push(`no ${what} in ${dir}: fuzzing without them`);
    return files;
  };
  const seeds = await load(SEEDS_DIR, 'seeds');
  const examples = await load(EXAMPLES_DIR, 'example reports');
  return { seeds, examples, documents: await syntheticDocuments(), notes };
}

async function syntheticDocuments(): Promise<FuzzFile[]> {
  const reports = [1, 2, 3].map((seed) => generateReport({ seed, errors: seed === 3 ? ['blankCell'] : [] }));
  const docx = async (report: SyntheticReport): Promise<FuzzFile> => ({
    name: 'synthetic.docx',
    bytes: await toDocx(syntheticBlocks(report)),
  });
  return [
    ...(await Promise.all(reports.map(docx))),
    ...reports.map((report) => ({ name: 'synthetic.html', bytes: toHtmlBytes(syntheticBlocks(report)) })),
    { name: 'synthetic.pdf', bytes: await buildPdf(syntheticBlocks(reports[0] as SyntheticReport, PDF_SAFE_TITLE)) },
  ];
}

const REPORT_FILE = /\.(txt|md|html?|docx|pdf|doc)$/i;

async function filesUnder(dir: string): Promise<FuzzFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && REPORT_FILE.test(entry.name) && !/^readme/i.test(entry.name)) // no scripts, docs
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(paths.sort().map(async (path) => ({ name: basename(path), bytes: await readFile(path) })));
}

/**
 * Input `index` of run `seed`: the same pair gives the same input, so a crash can be replayed by its numbers;
 * except from a .docx base, whose zip carries the time it was built (replay those from the saved crash file).
 */
export function fuzzInput(bases: FuzzBases, seed: number, index: number): FuzzInput {
  const random = createRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  if (random.chance(0.1)) return { index, ...hostileFile(random) };
  const base = pickBase(random, bases);
  let file = base.file;
  const steps = [base.label];
  if (random.chance(0.1)) {
    file = reencode(random, file);
    steps.push('reencode');
  }
  for (let count = random.pick([0, 1, 1, 2, 3]); count > 0; count -= 1) {
    const mutator = random.pick(MUTATORS);
    file = mutator.apply(random, file);
    steps.push(mutator.name);
  }
  return { index, label: steps.join(' + '), file };
}

function pickBase(random: Random, bases: FuzzBases): { file: FuzzFile; label: string } {
  const roll = random.next();
  if (roll < 0.25 && bases.seeds.length > 0) {
    const file = random.pick(bases.seeds);
    return { file, label: `seed ${file.name}` };
  }
  if (roll < 0.4 && bases.examples.length > 0) {
    const file = random.pick(bases.examples);
    return { file, label: `example ${file.name}` };
  }
  if (roll < 0.55) {
    const index = random.int(0, bases.documents.length - 1);
    return { file: bases.documents[index] as FuzzFile, label: `document #${index} ${bases.documents[index]?.name}` };
  }
  const seed = random.int(0, 2 ** 31);
  const errors = random.sample(INJECTABLE_ERRORS, random.int(0, 2));
  const report = generateReport({ seed, errors });
  const withErrors = errors.length > 0 ? ` errors=${errors.join(',')}` : '';
  const label = `synthetic seed=${seed} layout=${report.layout}${withErrors}`;
  return { file: { name: report.name, bytes: new TextEncoder().encode(report.text) }, label };
}
