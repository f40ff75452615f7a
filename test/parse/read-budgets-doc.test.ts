import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readDoc } from '../../functions/parse/formats/doc/read-doc.js';
import { DEFAULT_BUDGETS } from '../../functions/parse/formats/budgets.js';
import { readReport } from '../../functions/parse/read-report.js';

// A .doc over a budget is megabytes of Word binary no test should build: the body word-extractor would find is
// stood in for, and the fixture's container passes the checks before it.
const body = vi.hoisted(() => ({ text: '' }));
vi.mock('../../functions/parse/formats/doc/word.js', async (original) => ({
  ...(await original<typeof import('../../functions/parse/formats/doc/word.js')>()),
  readWordBody: () => Promise.resolve({ text: body.text, merges: [] }),
}));

const DOC = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/doc/cells.doc', import.meta.url))));

describe('.doc character budget', () => {
  const budgets = { ...DEFAULT_BUDGETS, characters: 20_000 };

  it('reads a body of exactly the budget and refuses one character more', async () => {
    body.text = `${'说'.repeat(19_999)}\n`;
    expect((await readDoc(DOC, budgets)).rows).toHaveLength(1);
    body.text = `${'说'.repeat(20_000)}\n`;
    await expect(readDoc(DOC, budgets)).rejects.toThrow(/^文件中的文字超过 2 万字，.*请只上传年度报告本身/);
  });

  it('is given the budgets readReport was given', async () => {
    body.text = `${'说'.repeat(20_000)}\n`;
    const result = await readReport({ name: '年报.doc', bytes: DOC }, { budgets });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
    expect(JSON.stringify(result)).toContain('文件中的文字超过 2 万字');
  });
});
