/**
 * Public on-demand prices in us-east-1, read 2026-12-06 from aws.amazon.com/lambda/pricing (x86),
 * aws.amazon.com/dynamodb/pricing/on-demand and aws.amazon.com/ses/pricing.
 */
export const PRICES_USD = {
  lambdaGbSecond: 0.0000166667,
  lambdaRequest: 0.2 / 1_000_000,
  /** One write request unit: a write of an item up to 1 kB, one more per started kB. */
  dynamoWriteUnit: 1.25 / 1_000_000,
  /** Each recipient counts as one email. */
  sesEmail: 0.1 / 1_000,
} as const;

/** The report item's writes: putReportOnce, saveValidation and markNotified (functions/shared/aws/dynamo-store.ts). */
export const REPORT_ITEM_WRITES = 3;
/** Each message's idempotency record (functions/notify/send-once.ts): put in progress, then marked complete. */
export const IDEMPOTENCY_WRITES_PER_MESSAGE = 2;

export interface StageUse {
  memoryMb: number;
  /** Billed time of one invocation per report. */
  ms: number;
}

export interface CostInput {
  stages: Record<string, StageUse>;
  messagesPerReport: number;
  recipientsPerReport: number;
  reportItemBytes: number;
}

export interface Cost {
  /** All of it: Lambda compute and requests, DynamoDB writes and emails, for 1,000 reports. */
  usd: number;
  lambdaUsd: number;
  gbSeconds: number;
  writesPerReport: number;
  writeUnitsPerReport: number;
  emailsPerReport: number;
}

const REPORTS = 1_000;

export function costPer1000Reports(input: CostInput): Cost {
  const stages = Object.values(input.stages);
  const gbSeconds = REPORTS * stages.reduce((sum, { memoryMb, ms }) => sum + (memoryMb / 1024) * (ms / 1000), 0);
  const lambdaUsd = gbSeconds * PRICES_USD.lambdaGbSecond + REPORTS * stages.length * PRICES_USD.lambdaRequest;
  const idempotencyWrites = input.messagesPerReport * IDEMPOTENCY_WRITES_PER_MESSAGE;
  const writeUnitsPerReport = REPORT_ITEM_WRITES * Math.ceil(input.reportItemBytes / 1024) + idempotencyWrites;
  const usd =
    lambdaUsd +
    REPORTS * writeUnitsPerReport * PRICES_USD.dynamoWriteUnit +
    REPORTS * input.recipientsPerReport * PRICES_USD.sesEmail;
  return {
    usd,
    lambdaUsd,
    gbSeconds,
    writesPerReport: REPORT_ITEM_WRITES + idempotencyWrites,
    writeUnitsPerReport,
    emailsPerReport: input.recipientsPerReport,
  };
}

/** The daily digest runs once a day per district, not per report: a year of it, even if every run took its timeout. */
export function digestYearAtMostUsd(digest: { memoryMb: number; timeoutSeconds: number }): number {
  const { memoryMb, timeoutSeconds } = digest;
  return 365 * ((memoryMb / 1024) * timeoutSeconds * PRICES_USD.lambdaGbSecond + PRICES_USD.lambdaRequest);
}

export const usd = (value: number): string => `$${value.toFixed(value < 0.1 ? 4 : 2)}`;
const count = (value: number): string => String(Number(value.toFixed(2)));

/** The cost as the bench prints it, with how each stage was timed. */
export function costLine(cost: Cost, input: CostInput): string {
  const stages = Object.entries(input.stages)
    .map(([name, { memoryMb, ms }]) => `${name} ${memoryMb} MB × ${Math.round(ms)} ms`)
    .join(', ');
  return (
    `cost per 1,000 reports: ${usd(cost.usd)} — Lambda ${usd(cost.lambdaUsd)} (${cost.gbSeconds.toFixed(1)} GB-s: ` +
    `${stages}), DynamoDB writes ${count(cost.writesPerReport)}/report (${count(cost.writeUnitsPerReport)} WRU, ` +
    `report item ${(input.reportItemBytes / 1024).toFixed(1)} kB), emails ${count(cost.emailsPerReport)}/report`
  );
}
