import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../functions/parse/formats/html/dom.js';
import { MAX_PAGE_ITEMS, MAX_TEXT_ITEMS } from '../../functions/parse/formats/pdf/load.js';
import { readPdf } from '../../functions/parse/formats/pdf/read-pdf.js';
import { DEFAULT_BUDGETS, type ReadBudgets } from '../../functions/parse/formats/budgets.js';
import { readText } from '../../functions/parse/formats/text/read-text.js';
import { UnreadableFileError } from '../../functions/parse/formats/unreadable.js';
import { DEFAULT_READ_LIMITS, STOPPED } from '../../functions/parse/read-limits.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { pdfWithTextItems } from './support/pdf-text-items.js';

const example = (path: string) => fileURLToPath(new URL(`../../examples/${path}`, import.meta.url));
const REPORT = readFileSync(example('tianqiao/2020-年报.txt'), 'utf8');
const PDF = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/layouts/14-pdflib-borderless-xian-2022.pdf', import.meta.url))));

/** What every budget's message says: what was too large, and what to upload instead. */
const OVER_BUDGET = /远超一份政府信息公开工作年度报告，未作核查；请只上传年度报告本身.*格式为 Word/;
const messageOf = (result: ReadResult) => (result.status === 'rejected' ? result.findings[0].message : undefined);
const thrown = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

/** The default budgets with some changed: each budget is exercised at a small limit, the defaults apart. */
const withBudgets = (change: Partial<ReadBudgets>): ReadBudgets => ({ ...DEFAULT_BUDGETS, ...change });
const textBudget = (text: Partial<ReadBudgets['text']>) => withBudgets({ text: { ...DEFAULT_BUDGETS.text, ...text } });

describe('text budgets', () => {
  it('reads a report padded to exactly the character budget as the report alone, and refuses one more', async () => {
    const budgets = withBudgets({ characters: 20_000 });
    const alone = await readReport({ name: 'report.txt', bytes: Buffer.from(REPORT) });
    const padded = (length: number) => `${REPORT}\n${'说'.repeat(length - REPORT.length - 1)}`;
    const atBudget = await readReport({ name: 'report.txt', bytes: Buffer.from(padded(20_000)) }, { budgets });
    expect(atBudget.status).toBe('parsed');
    expect(atBudget.status === 'parsed' && atBudget.report.table3).toEqual(alone.status === 'parsed' && alone.report.table3);
    const over = await readReport({ name: 'report.txt', bytes: Buffer.from(padded(20_001)) }, { budgets });
    expect(messageOf(over)).toMatch(/^文件中的文字超过 2 万字，/);
    expect(messageOf(over)).toMatch(OVER_BUDGET);
  });

  it('counts the whole of a text with HTML tables, which is read in parts', async () => {
    const budgets = withBudgets({ characters: 1_000 });
    const table = '年度报告\n<table><tr><td>1</td><td>2</td></tr></table>\n';
    const text = (length: number) => `${table}${'x'.repeat(length - table.length)}`;
    const under = await readReport({ name: 'report.md', bytes: Buffer.from(text(1_000)) }, { budgets });
    expect(messageOf(under)).not.toMatch(OVER_BUDGET);
    const over = await readReport({ name: 'report.md', bytes: Buffer.from(text(1_001)) }, { budgets });
    expect(messageOf(over)).toMatch(/^文件中的文字超过 1000 字，/);
  });

  it('reads a text of exactly the line budget and refuses one line more', () => {
    const budgets = textBudget({ lines: 100 });
    expect(readText('本年新收\n'.repeat(99), budgets).rows).toHaveLength(99);
    const error = thrown(() => readText('本年新收\n'.repeat(100), budgets));
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(/^文件超过 100 行，.*请只上传年度报告本身/);
  });

  it('reads a text of exactly the cell budget and refuses one cell more', () => {
    const budgets = textBudget({ cells: 1_000 });
    const row = Array(100).fill('1').join('\t');
    const cells = (count: number) => `${`${row}\n`.repeat(count / 100 - 1)}${row}${'\t1'.repeat(count % 100)}`;
    expect(readText(cells(1_000), budgets).rows.flatMap((r) => r.cells)).toHaveLength(1_000);
    const error = thrown(() => readText(cells(1_001), budgets));
    expect((error as Error).message).toMatch(/^文件中的表格单元格超过 1000 个，/);
  });

  it('counts the lines and cells of a text with HTML tables over all of its parts', async () => {
    const part = '1\t1\t1\t1\n'.repeat(15); // 60 cells in 15 lines
    const bytes = Buffer.from(`${part}<table><tr><td>1</td><td>2</td></tr></table>\n${part}`);
    const read = async (text: Partial<ReadBudgets['text']>) =>
      messageOf(await readReport({ name: 'report.md', bytes }, { budgets: textBudget(text) }));
    expect(await read({ cells: 120, lines: 32 })).not.toMatch(OVER_BUDGET);
    expect(await read({ cells: 119 })).toMatch(/^文件中的表格单元格超过 119 个，/);
    expect(await read({ lines: 31 })).toMatch(/^文件超过 31 行，/);
  });

  it('reads by default every text the upload limit lets in: no character budget below its bytes', async () => {
    expect(DEFAULT_BUDGETS.characters).toBeGreaterThanOrEqual(DEFAULT_READ_LIMITS.maxBytes);
    const result = await readReport({ name: 'report.txt', bytes: Buffer.from(`${REPORT}\n${'说'.repeat(1_200_000)}`) });
    expect(result.status).toBe('parsed');
  });
});

describe('HTML character budget', () => {
  const page = (text: string) => `<html><body><p>${text}</p></body></html>`;
  const budgets = withBudgets({ characters: 1_000 });

  it('parses a page of exactly the budget of text and refuses one character more, counted as it parses', () => {
    expect(parseHtml(page('字'.repeat(1_000)), budgets)).not.toHaveLength(0);
    const error = thrown(() => parseHtml(page('字'.repeat(1_001)), budgets));
    expect((error as Error).message).toMatch(/^文件中的文字超过 1000 字，/);
  });

  it('does not count scripts and style sheets, which are the site, not the report', () => {
    const code = `<script>${'x'.repeat(1_000)}</script><style>${'p{color:red}'.repeat(100)}</style>`;
    expect(() => parseHtml(`<html><head>${code}</head><body><p>年度报告</p></body></html>`, budgets)).not.toThrow();
  });

  it('rejects such a page through readReport with S-FORMAT', async () => {
    const result = await readReport({ name: 'report.html', bytes: Buffer.from(page('字'.repeat(1_001))) }, { budgets });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
  });
});

describe('PDF text item budgets', () => {
  it('reads a page of exactly the item budget and refuses one item more, naming the page', async () => {
    expect((await readPdf(pdfWithTextItems([5, MAX_PAGE_ITEMS]))).rows).toHaveLength(MAX_PAGE_ITEMS + 5);
    await expect(readPdf(pdfWithTextItems([5, MAX_PAGE_ITEMS + 1]))).rejects.toThrow(/^该PDF文件第 2 页的文字块超过 2000 个，/);
  });

  it('reads a file of exactly the item budget in all and refuses one item more', async () => {
    const pages = Array<number>(MAX_TEXT_ITEMS / MAX_PAGE_ITEMS).fill(MAX_PAGE_ITEMS);
    expect((await readPdf(pdfWithTextItems(pages))).rows).toHaveLength(MAX_TEXT_ITEMS);
    await expect(readPdf(pdfWithTextItems([...pages, 1]))).rejects.toThrow(/^该PDF文件中的文字块超过 5 万个，.*请只上传/);
  }, 30_000);
});

describe('time budget', () => {
  it('gives up a reader not done in time with the time reason, and reads the same file given time', async () => {
    const file = { name: 'report.pdf', bytes: PDF };
    expect(await readReport(file, { maxMs: 1 })).toEqual(STOPPED.time({ maxMs: 1 }));
    expect(messageOf(STOPPED.time())).toMatch(/^文件内容过多或结构过于复杂，20 秒内未能读完；.*请上传 Word/);
    expect((await readReport(file)).status).toBe('parsed');
  });
});
