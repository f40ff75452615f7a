import { DEFAULT_READ_LIMITS } from '../../functions/parse/read-report.js';
import { withNarrativeBlocks, withNarrativeText } from '../../corpus/long-reports.js';
import { toDocx } from '../../corpus/report-fixtures-html-docx.js';
import { syntheticBlocks } from '../../corpus/synthetic-documents.js';
import { generateReport } from '../../corpus/synthetic-report.js';
import type { FuzzFile } from './mutators.js';

/** What the reader should make of a case: the status and exactly these finding ids. */
export interface HostileExpectation {
  status: 'parsed' | 'rejected';
  rules: readonly string[];
}

/**
 * A named hostile upload, built on demand (never stored): the reader must get through each within the goals
 * (HOSTILE_GOALS), in its own process when `npm run fuzz` measures its peak memory.
 */
export interface HostileCase {
  id: string;
  what: string;
  /** None when more than one outcome is right (a .docx too large to read may be read or refused). */
  expected?: HostileExpectation;
  /** Built and read in well under a second: the vitest suite asserts its outcome. */
  cheap: boolean;
  build(): Promise<FuzzFile>;
}

/** Per file, on the Lambda: no upload may take longer or more memory than this. */
export const HOSTILE_GOALS = { ms: 5_000, peakRssMb: 512 } as const;

const MB = 1024 * 1024;
/** A clean report: every finding a case draws comes from how the file is built. */
const report = () => generateReport({ seed: 19, layout: 'pipe' });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const longText = (megabytes: number): HostileCase => ({
  id: `narrative-${megabytes}mb`,
  what: `a text report with ${megabytes} MB of narrative in section 一, its tables valid`,
  expected: { status: 'parsed', rules: [] },
  cheap: megabytes <= 1,
  build: async () => ({ name: '年报.txt', bytes: utf8(withNarrativeText(report().text, megabytes * MB)) }),
});

/** The report over and over, as a district's whole batch pasted into one file, just under the size limit. */
function copies(): FuzzFile {
  const one = `${report().text}\n\n`;
  const count = Math.floor((9.5 * MB) / Buffer.byteLength(one));
  return { name: '年报合集.txt', bytes: utf8(one.repeat(count)) };
}

/**
 * A clean report filled out with lines of `line` to `lines` lines in all, at the text reader's line or cell budget
 * (budgets.ts): the most rows and cells a text within the budgets can cost the reader and the template's mapping.
 */
function atTextBudget(id: string, what: string, line: string, lines: number): HostileCase {
  return {
    id,
    what,
    expected: { status: 'parsed', rules: [] },
    cheap: false,
    build: async () => {
      const text = `${report().text}\n`;
      return { name: '年报.txt', bytes: utf8(`${text}${`${line}\n`.repeat(lines - text.split('\n').length)}`) };
    },
  };
}

const { text: TEXT_BUDGET } = DEFAULT_READ_LIMITS.budgets;

export const HOSTILE_CASES: readonly HostileCase[] = [
  longText(1),
  longText(5),
  longText(9.5),
  atTextBudget(
    'lines-at-budget',
    `a report, then one-character lines up to ${TEXT_BUDGET.lines} lines`,
    '说',
    TEXT_BUDGET.lines,
  ),
  atTextBudget(
    'cells-at-budget',
    `a report, then lines of four tab-separated cells up to nearly ${TEXT_BUDGET.cells} cells`,
    '说\t说\t说\t说',
    TEXT_BUDGET.cells / 4 - 1_000,
  ),
  {
    id: 'docx-inflates-20mb',
    what: 'a small .docx whose word/document.xml inflates to about 20 MB (the report, then narrative)',
    expected: { status: 'parsed', rules: [] },
    cheap: false,
    build: async () => ({
      name: '年报.docx',
      bytes: await toDocx(withNarrativeBlocks(syntheticBlocks(report()), 20 * MB)),
    }),
  },
  {
    id: 'over-size-limit',
    what: `a text file one byte over the ${DEFAULT_READ_LIMITS.maxBytes / MB} MB limit`,
    expected: { status: 'rejected', rules: ['S-FORMAT'] },
    cheap: true,
    build: async () => {
      const bytes = new Uint8Array(DEFAULT_READ_LIMITS.maxBytes + 1).fill(0x20);
      bytes.set(utf8(report().text));
      return { name: '年报.txt', bytes };
    },
  },
  {
    id: 'copies-9.5mb',
    what: 'about 2,800 copies of one report in 9.5 MB',
    expected: { status: 'parsed', rules: ['S-MULTIPLE'] },
    cheap: false,
    build: async () => copies(),
  },
  {
    id: 'control-characters-name',
    what: 'a clean report whose file name holds a bare CR, BEL, ESC, NEL and a right-to-left override',
    expected: { status: 'parsed', rules: [] },
    cheap: true,
    build: async () => ({ name: '2024年\r报\u0007\u001b[2K\u0085\u202e告.txt', bytes: utf8(report().text) }),
  },
];
