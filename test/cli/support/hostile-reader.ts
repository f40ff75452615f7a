// A stand-in for functions/parse/read-report.ts in the CLI's reading worker (IsolationLimits.reader): a file named
// for a failure fails that way inside the worker; any other file is read by the real reader.
import { readReport as realReadReport } from '../../../functions/parse/read-report.js';
import type { ReadResult } from '../../../functions/shared/model/report.js';

const FAILURES: Record<string, () => Promise<ReadResult>> = {
  'throws.txt': () => {
    setImmediate(() => {
      throw new Error('a reader bug no try/catch sees');
    });
    return new Promise(() => undefined);
  },
  'exits.txt': () => process.exit(3),
  'memory.txt': () => {
    const held: number[][] = [];
    for (;;) held.push(Array.from({ length: 100_000 }, (_, i) => i));
  },
  'bad-reply.txt': () => Promise.resolve({ status: 'parsed', report: { file: 'not a report' } } as unknown as ReadResult),
};

export function readReport(file: { name: string; bytes: Uint8Array }): Promise<ReadResult> {
  const fail = FAILURES[file.name.split('/').pop() ?? ''];
  return fail ? fail() : realReadReport(file);
}
