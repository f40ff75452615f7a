import { describe, expect, it } from 'vitest';
import { checkInput } from '../../scripts/fuzz/fuzz-property.js';
import { loadFuzzBases } from '../../scripts/fuzz/fuzz-inputs.js';
import { runFuzz } from '../../scripts/fuzz/fuzz-run.js';
import { FIXED_CRASHES, isKnownCrash, KNOWN_CRASHES } from './known-crashes.js';

// A fixed, deterministic slice of `npm run fuzz`: the same 300 inputs on every run.
const SEED = 20261123;
const COUNT = 300;

describe('reader and rules under fuzzed input', async () => {
  const bases = await loadFuzzBases();
  for (const note of bases.notes) console.warn(`fuzz: ${note}`);

  it(`never throw, reject only with S-FORMAT and give schema-valid findings (${COUNT} inputs)`, async () => {
    const summary = await runFuzz(bases, { seed: SEED, count: COUNT });
    const crashes = summary.crashes
      .filter(({ reason }) => !isKnownCrash(reason))
      .map(({ input, reason }) => `#${input.index} ${input.label}: ${reason}`);
    expect(crashes).toEqual([]);
    expect(summary.inputs).toBe(COUNT);
    expect(summary.rejected).toBeGreaterThan(0);
    expect(summary.withFindings).toBeGreaterThan(0);
  }, 120_000);

  const holds = async ({ minimal }: (typeof KNOWN_CRASHES)[number]): Promise<void> => {
    expect(await checkInput(minimal())).toMatchObject({ kind: expect.stringMatching(/^(parsed|rejected)$/) });
  };
  if (KNOWN_CRASHES.length > 0) it.fails.each(KNOWN_CRASHES)('known crash, not fixed yet: $name', holds);
  it.each(FIXED_CRASHES)('fixed crash stays fixed: $name', holds);
});
