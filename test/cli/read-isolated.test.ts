import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../cli/check-files.js';
import { ISOLATION_LIMITS, IsolatedReader } from '../../cli/read-isolated.js';
import { STOPPED, readReport } from '../../functions/parse/read-report.js';
import type { ReadResult } from '../../functions/shared/report.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/donghuashi/2020-年报-GB18030.txt', import.meta.url));
const example = { name: EXAMPLE, bytes: new Uint8Array(readFileSync(EXAMPLE)) };
const failing = (name: string) => ({ name: `/uploads/${name}`, bytes: new Uint8Array(Buffer.from('年度报告')) });

const findingsOf = (result: ReadResult) => (result.status === 'rejected' ? result.findings : []);

/** A reader whose worker runs test/cli/support/hostile-reader.ts, with a small heap and a short timeout. */
function hostileReader() {
  const lines: string[] = [];
  const reader = new IsolatedReader(
    { memoryMb: 128, timeoutMs: 8_000, reader: new URL('./support/hostile-reader.ts', import.meta.url) },
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

  it('stops a worker that hangs after its time and gives the file the time reason', async () => {
    const { reader, lines } = hostileReader();
    try {
      const started = Date.now();
      const result = await reader.read(failing('hangs.txt'));
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(result).toEqual(STOPPED.time());
      expect(lines).toEqual([expect.stringMatching(/not done after 8000 ms/)]);
      expect((await reader.read(example)).status).toBe('parsed');
    } finally {
      await reader.stop();
    }
  }, 60_000);

  it('gives the worker the heap the parse Lambda has and more time than readReport itself takes', () => {
    expect(ISOLATION_LIMITS.memoryMb).toBe(512);
    expect(ISOLATION_LIMITS.timeoutMs).toBeGreaterThan(20_000);
  });
});
