import { describe, expect, it } from 'vitest';
import { type CostInput, costLine, costPer1000Reports, digestYearAtMostUsd } from '../../bench/cost.js';

const input: CostInput = {
  stages: { parse: { memoryMb: 1024, ms: 1_000 }, notify: { memoryMb: 512, ms: 2_000 } },
  messagesPerReport: 1,
  recipientsPerReport: 2,
  reportItemBytes: 2_500,
};

describe('what 1,000 reports cost', () => {
  it('prices the GB-seconds and requests of each stage, the write units of each write and each recipient', () => {
    const cost = costPer1000Reports(input);
    expect(cost.gbSeconds).toBe(2_000); // 1,000 × (1 GB × 1 s + 0.5 GB × 2 s)
    expect(cost.lambdaUsd).toBeCloseTo(2_000 * 0.0000166667 + 2_000 * 0.0000002, 8);
    expect(cost.writesPerReport).toBe(5); // put, validation, notified, and the message's idempotency put and update
    expect(cost.writeUnitsPerReport).toBe(3 * 3 + 2); // a 2.5 kB item takes 3 units a write
    expect(cost.emailsPerReport).toBe(2);
    expect(cost.usd).toBeCloseTo(cost.lambdaUsd + 11_000 * 0.00000125 + 2_000 * 0.0001, 8);
  });

  it('costs a clean report, mailed to nobody, no email and no idempotency write', () => {
    const cost = costPer1000Reports({ ...input, messagesPerReport: 0, recipientsPerReport: 0, reportItemBytes: 1_000 });
    expect(cost.writesPerReport).toBe(3);
    expect(cost.writeUnitsPerReport).toBe(3);
    expect(cost.usd).toBeCloseTo(cost.lambdaUsd + 3_000 * 0.00000125, 8);
  });

  it('prints the total, the GB-seconds with the memory and time of each stage, the writes and the emails', () => {
    const line = costLine(costPer1000Reports(input), input);
    expect(line).toMatch(/^cost per 1,000 reports: \$0\.2\d+ — Lambda \$0\.03\d+ \(2000\.0 GB-s: parse 1024 MB × 1000 ms/);
    expect(line).toContain('DynamoDB writes 5/report (11 WRU, report item 2.4 kB), emails 2/report');
  });

  it('bounds a year of daily digests by their timeout', () => {
    expect(digestYearAtMostUsd({ memoryMb: 512, timeoutSeconds: 60 })).toBeCloseTo(365 * (30 * 0.0000166667 + 2e-7), 8);
  });
});
