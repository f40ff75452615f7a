import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readDoc } from '../../functions/parse/formats/doc/read-doc.js';
import { MAX_CHARACTERS } from '../../functions/parse/formats/unreadable.js';

// A .doc of a million characters is megabytes of Word binary no test should build: the body word-extractor
// would find is stood in for, and the fixture's container passes the checks before it.
const body = vi.hoisted(() => ({ text: '' }));
vi.mock('../../functions/parse/formats/doc/word.js', async (original) => ({
  ...(await original<typeof import('../../functions/parse/formats/doc/word.js')>()),
  readWordBody: () => Promise.resolve({ text: body.text, merges: [] }),
}));

const DOC = new Uint8Array(readFileSync(fileURLToPath(new URL('../fixtures/doc/cells.doc', import.meta.url))));

describe('.doc character budget', () => {
  it('reads a body of exactly the budget and refuses one character more', async () => {
    body.text = `${'说'.repeat(MAX_CHARACTERS - 1)}\n`;
    expect((await readDoc(DOC)).rows).toHaveLength(1);
    body.text = `${'说'.repeat(MAX_CHARACTERS)}\n`;
    await expect(readDoc(DOC)).rejects.toThrow(/^文件中的文字超过 100 万字，.*请只上传年度报告本身/);
  });
});
