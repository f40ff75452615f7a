import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { textCorpus } from '../../bench/corpus.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { suggestCorrections } from '../../functions/validate/suggest/suggest.js';

/**
 * What the reader and the suggestions make of the bench corpus's first 300 reports (bench/corpus.ts), as they made
 * it before the throughput work (bench/throughput.ts): speeding either up must not change a byte of it. A change
 * meant to change what they find updates the digest, saying why in its commit.
 */
const DIGEST = 'cdaddce7044bc3ccae91a5ae0562ab42f64fdd186d57a847fef6ebe7cde6b582';

/** The read result and the suggestions of each report, in order, as one digest; with the counts worth reading. */
async function outputOf(files: readonly { name: string; bytes: Uint8Array }[]) {
  const hash = createHash('sha256');
  let parsed = 0;
  let suggested = 0;
  for (const file of files) {
    const result: ReadResult = await readReport(file);
    hash.update(JSON.stringify(result));
    if (result.status !== 'parsed') continue;
    parsed += 1;
    const suggestions = suggestCorrections(result.report);
    if (suggestions.length > 0) suggested += 1;
    hash.update(JSON.stringify(suggestions));
  }
  return { parsed, suggested, digest: hash.digest('hex') };
}

describe('the output the throughput work keeps', () => {
  const { files } = textCorpus(300, 2026);

  it('reads every bench report and suggests corrections exactly as before', async () => {
    expect(await outputOf(files)).toEqual({ parsed: 300, suggested: 54, digest: DIGEST });
  });

  it('tells a report read differently by its digest', async () => {
    const [first, ...rest] = files;
    if (!first) throw new Error('empty corpus');
    const changed = { ...first, bytes: new TextEncoder().encode(new TextDecoder().decode(first.bytes).replace('0', '1')) };
    expect((await outputOf([changed, ...rest])).digest).not.toBe((await outputOf(files)).digest);
  });
});
