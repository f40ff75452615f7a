import type { DocxBudgetLimits } from './docx/budget.js';

/**
 * What a reader may find in one file, counted while it reads; past one, the file is refused with that budget's own
 * reason (unreadable.ts, docx/budget.ts). readReport passes them down from its limits (read-limits.ts), so tests
 * exercise each with small numbers.
 */
export interface ReadBudgets {
  /** Characters of text, in a text file, a web page (scripts and style sheets aside) or a .doc's body. */
  characters: number;
  /** A text file's lines, and the cells they split into. */
  text: { lines: number; cells: number };
  /** A web page's elements and their nesting, and its tables' grid positions (spans included). */
  html: { elements: number; depth: number; gridCells: number };
  /** A .docx's, counted as its XML streams by. */
  docx: DocxBudgetLimits;
}

/**
 * Far above any annual report (~60k characters, a few thousand lines, about a thousand table cells). A text file's
 * budgets let every text under the 10 MB upload limit be read (it has no more characters than bytes): a 9.5 MB
 * narrative, or some 2,800 copies of one report, which get S-MULTIPLE. A .docx's XML may inflate to 50 MB (docx/zip.ts): its
 * characters and paragraphs bound that. A web page's elements and grid cells stay low: its DOM costs hundreds of
 * bytes an element. Each costs within 5 s and 512 MB at its limit: `npm run fuzz` measures the files at the limits
 * (scripts/fuzz/hostile-cases.ts).
 */
export const DEFAULT_BUDGETS: ReadBudgets = {
  characters: 11_000_000,
  text: { lines: 500_000, cells: 2_000_000 },
  html: { elements: 50_000, depth: 400, gridCells: 100_000 },
  docx: { elements: 1_000_000, paragraphs: 200_000, gridCells: 20_000, characters: 11_000_000 },
};
