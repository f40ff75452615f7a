import { describe, expect, it } from 'vitest';
import { readInFreshProcess } from '../../bench/fresh-read.js';
import { generateReport } from '../../corpus/synthetic-report.js';

describe('reading a file in a fresh process', () => {
  it('gives the outcome, the read time and the peak RSS of that process', () => {
    const report = generateReport({ seed: 7, layout: 'pipe' });
    const read = readInFreshProcess({ name: '年报\r.txt', bytes: new TextEncoder().encode(report.text) });
    expect(read).toMatchObject({ status: 'parsed', rules: [] });
    if (read.status === 'failed') return;
    expect(read.ms).toBeGreaterThan(0);
    expect(read.peakRssMb).toBeGreaterThan(20); // Node alone takes more
    expect(read.peakRssMb).toBeLessThan(2_000);
  });

  it('says the process was killed when it runs past the timeout', () => {
    const read = readInFreshProcess({ name: 'a.txt', bytes: new Uint8Array([0x31]) }, 1);
    expect(read).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^killed by SIG/) });
  });
});
