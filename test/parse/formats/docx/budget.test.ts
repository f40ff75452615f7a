import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../functions/parse/formats/docx/read-docx.js';
import { readReport } from '../../../../functions/parse/read-report.js';
import { buildZip } from '../../../../corpus/build-zip.js';
import { docxOfBody, p, r, tbl, tc, tr } from '../../../support/docx-fixtures-xml.js';

const READ_DOCX = new URL('../../../../functions/parse/formats/docx/read-docx.ts', import.meta.url).pathname;
const refusal = (message: RegExp) =>
  expect.objectContaining({ name: 'UnreadableFileError', message: expect.stringMatching(message) });

/** A .docx whose word/document.xml inflates to ~20 MB of one-character paragraphs, from a ~60 kB file. */
function manyParagraphs(): Uint8Array {
  const paragraph = p(r('1'));
  return docxOfBody(paragraph.repeat(Math.ceil((20 * 2 ** 20) / paragraph.length)));
}

describe('readDocx within its budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docx-budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a document inflating to 20 MB of paragraphs in seconds, in a process with a 128 MB heap', () => {
    const file = join(dir, 'paragraphs.docx');
    writeFileSync(file, manyParagraphs());
    const script = `
      import { readFileSync } from 'node:fs';
      const { readDocx } = await import(${JSON.stringify(READ_DOCX)});
      const started = performance.now();
      const message = await readDocx(new Uint8Array(readFileSync(${JSON.stringify(file)}))).then(() => 'read', (e) => e.message);
      console.log(JSON.stringify({ message, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const outcome = JSON.parse(child.stdout) as { message: string; ms: number; maxRssMb: number };
    expect(outcome.message).toMatch(/^Word 文件中的段落过多（超过 200000 个），无法检查；请/);
    expect(outcome.ms).toBeLessThan(10_000);
    // A node process with tsx starts near 80 MB; the whole document as mammoth built it took 3 GB.
    expect(outcome.maxRssMb).toBeLessThan(350);
  }, 60_000);

  it('turns the refusal into S-FORMAT with its reason', async () => {
    const result = await readReport({ name: '年度报告.docx', bytes: manyParagraphs() });
    expect(result).toMatchObject({ status: 'rejected', findings: [{ rule: 'S-FORMAT' }] });
    expect(JSON.stringify(result)).toContain('Word 文件中的段落过多');
  });

  const table = tbl(tr(tc(p(r('予以公开'))), tc(p(r('12')), '<w:gridSpan w:val="3"/>')), tr(tc(p(r('其他'))), tc(p(r('3')))));
  const body = p(r('一、总体情况')) + '<w:proofErr w:type="spellStart"/>'.repeat(5) + table;

  it('reads a document just within each limit', async () => {
    const limits = { paragraphs: 5, gridCells: 6, characters: 15, elements: 35 };
    expect((await readDocx(docxOfBody(body), limits)).rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['一、总体情况'],
      ['予以公开', '12', '', ''],
      ['其他', '3'],
    ]);
  });

  it.each([
    { limit: { paragraphs: 4 }, reason: /^Word 文件中的段落过多（超过 4 个）/ },
    { limit: { gridCells: 5 }, reason: /^Word 文件中的表格单元格过多（超过 5 个）/ },
    { limit: { characters: 14 }, reason: /^Word 文件中的文字过多（超过 14 字）/ },
    { limit: { elements: 34 }, reason: /^Word 文件中的排版元素过多（超过 34 个）/ },
  ])('refuses a document past its limit of $limit with a reason naming it', async ({ limit, reason }) => {
    await expect(readDocx(docxOfBody(body), limit)).rejects.toEqual(refusal(reason));
  });
});

describe('readDocx on XML no Word writes', () => {
  const notDocx = refusal(/^文件不是有效的 Word \(\.docx\) 文档/);

  it.each([
    { name: 'an element never closed', body: `${p(r('甲'))}<w:p><w:r><w:t>乙` },
    { name: 'a tag of megabytes', body: p(`<w:r w:rsidR="${'0'.repeat(3 * 2 ** 20)}"><w:t>甲</w:t></w:r>`) },
  ])('refuses a document with $name as damaged', async ({ body }) => {
    await expect(readDocx(docxOfBody(body))).rejects.toEqual(notDocx);
  });

  it('refuses a document.xml without a body as damaged, and reads an empty body as no rows', async () => {
    const noBody = buildZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') }]);
    await expect(readDocx(noBody)).rejects.toEqual(notDocx);
    await expect(readDocx(docxOfBody(''))).resolves.toEqual({ rows: [] });
  });
});
