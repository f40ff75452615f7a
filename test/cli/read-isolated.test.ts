import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../cli/check-files.js';
import { ISOLATION_LIMITS, IsolatedReader } from '../../cli/read-isolated.js';
import { STOPPED } from '../../functions/parse/read-limits.js';
import { readReport } from '../../functions/parse/read-report.js';
import { MAX_PAGE_ITEMS } from '../../functions/parse/formats/pdf/load.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { pdfWithTextItems } from '../parse/support/pdf-text-items.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/donghuashi/2020-年报-GB18030.txt', import.meta.url));
const example = { name: EXAMPLE, bytes: new Uint8Array(readFileSync(EXAMPLE)) };
const failing = (name: string) => ({ name: `/uploads/${name}`, bytes: new Uint8Array(Buffer.from('年度报告')) });

const findingsOf = (result: ReadResult) => (result.status === 'rejected' ? result.findings : []);

/** A reader whose worker runs test/cli/support/hostile-reader.ts, with a small heap. */
function hostileReader() {
  const lines: string[] = [];
  const reader = new IsolatedReader(
    { ...ISOLATION_LIMITS, memoryMb: 128, timeoutMs: 20_000, reader: new URL('./support/hostile-reader.ts', import.meta.url) },
    (line) => lines.push(line),
  );
  return { reader, lines };
}

describe('IsolatedReader', () => {
  it('reads in the worker what readReport reads in this thread, one worker for several files', async () => {
    const reader = new IsolatedReader();
    try {
      const expected = await readReport(example);
      expect(await reader.read(example)).toEqual(expected);
      expect(await reader.read(example)).toEqual(expected);
    } finally {
      await reader.stop();
    }
  });

  it.each([
    { name: 'throws.txt', stop: 'failed', why: /Error: a reader bug no try\/catch sees/ },
    { name: 'exits.txt', stop: 'failed', why: /the reading worker exited with code 3/ },
    { name: 'bad-reply.txt', stop: 'failed', why: /its reply did not parse/ },
    { name: 'memory.txt', stop: 'memory', why: /ERR_WORKER_OUT_OF_MEMORY|out of memory/i },
  ] as const)('rejects a file whose reading ends the worker ($name) and reads its neighbours', async ({ name, stop, why }) => {
    const { reader, lines } = hostileReader();
    try {
      const { reports } = await checkFiles([example, failing(name), example], (file) => reader.read(file));
      expect(reports.map((r) => r.status)).toEqual(['findings', 'rejected', 'findings']);
      expect(reports[1]?.findings).toEqual(findingsOf(STOPPED[stop]()));
      expect(reports[2]).toEqual(reports[0] && { ...reports[0], skipped: reports[2]?.skipped });
      expect(lines).toEqual([expect.stringMatching(why)]);
      expect(lines[0]).toContain(`reading /uploads/${name} was stopped`);
    } finally {
      await reader.stop();
    }
  }, 60_000);

  it('times a read from when its worker is ready: a slow start is no fault of the file', async () => {
    const slowBoot = new URL('./support/slow-boot-reader.ts', import.meta.url);
    const lines: string[] = [];
    const reader = new IsolatedReader({ ...ISOLATION_LIMITS, timeoutMs: 1_000, reader: slowBoot }, (line) => lines.push(line));
    try {
      const result = await reader.read(example);
      expect(result).toEqual(await readReport(example));
      expect(lines).toEqual([]);
    } finally {
      await reader.stop();
    }
  }, 30_000);

  it('stops a worker still laying out a PDF after its time, gives it the time reason, and reads the next file', async () => {
    // within the item budgets, 25 pages of a 50-column grid of words take the reader seconds: more than a 2 s limit
    const grid = { name: '/uploads/grid.pdf', bytes: pdfWithTextItems(Array<number>(25).fill(MAX_PAGE_ITEMS), 50) };
    const lines: string[] = [];
    const reader = new IsolatedReader({ ...ISOLATION_LIMITS, timeoutMs: 2_000 }, (line) => lines.push(line));
    try {
      const { reports } = await checkFiles([grid, example], (file) => reader.read(file));
      expect(reports.map((r) => r.status)).toEqual(['rejected', 'findings']);
      expect(reports[0]?.findings).toEqual(findingsOf(STOPPED.time()));
      expect(lines).toEqual(['reading /uploads/grid.pdf was stopped (not done after 2000 ms): it is listed as rejected']);
    } finally {
      await reader.stop();
    }
  }, 60_000);
});
