import '../shared/lambda-test-env.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDynamoReportStore } from '../../functions/shared/aws/dynamo-store.js';
import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import { storedReportFactory } from '../shared/factories.js';
import { conditionFailed, type FakeAnswer, type FakeCall, fakeDynamoHttp, throttled } from './fake-dynamo-http.js';

const report = storedReportFactory();
const AT = '2025-02-01T09:00:00.000Z';
const storedItem: FakeAnswer = { ok: { Item: { pk: { S: `REPORT#${report.id}` } } } };

/** The store over the fake endpoint: each operation answers from its own script, then `{}` (success). */
function storeAnswering(scripts: Record<string, FakeAnswer[]>) {
  const fake = fakeDynamoHttp((operation) => scripts[operation]?.shift() ?? { ok: {} });
  return { store: createDynamoReportStore({ client: fake.document, tableName: 'Reports' }), calls: fake.calls };
}

const gaps = (calls: FakeCall[]) => calls.slice(1).map((call, index) => call.at - (calls[index]?.at ?? 0));

// Full jitter draws each backoff from [0, cap): pin the draw so the doubling shows and the waits stay short.
beforeEach(() => vi.spyOn(Math, 'random').mockReturnValue(0.1));
afterEach(() => vi.restoreAllMocks());

describe('DynamoDB throttling', () => {
  it.each(['ProvisionedThroughputExceededException', 'ThrottlingException'])(
    'retries a write throttled with %s, backing off longer each time, and stores the report once',
    async (error) => {
      const { store, calls } = storeAnswering({ PutItem: [throttled(error), throttled(error)] });
      expect(await store.putReportOnce(report)).toBe('created');
      expect(calls.map(({ operation, attempt }) => `${operation}#${attempt}`)).toEqual([
        'PutItem#1',
        'PutItem#2',
        'PutItem#3',
      ]);
      // The SDK's throttling backoff doubles from a 1 s cap; the pinned draw takes a tenth of it (timers may run early
      // by a millisecond or two; a loaded machine only makes the gaps longer).
      const [first = 0, second = 0] = gaps(calls);
      expect(first).toBeGreaterThanOrEqual(95);
      expect(second).toBeGreaterThanOrEqual(190);
    },
  );

  it('throws the throttling error after the SDK gives up, so the Lambda invocation fails and is retried', async () => {
    const { store, calls } = storeAnswering({ UpdateItem: Array.from({ length: 10 }, () => throttled()) });
    await expect(store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).rejects.toMatchObject({
      name: 'ProvisionedThroughputExceededException',
    });
    expect(calls.map((call) => call.attempt)).toEqual([1, 2, 3, 4]);
  });

  it('retries a throttled read, too', async () => {
    const { store, calls } = storeAnswering({ GetItem: [throttled(), { ok: {} }] });
    expect(await store.getReport(report.id)).toBeUndefined();
    expect(calls).toHaveLength(2);
  });
});

describe('conditional-check failures are outcomes, not errors', () => {
  it('stores a report a second delivery already stored as a duplicate, without retrying', async () => {
    const { store, calls } = storeAnswering({ PutItem: [conditionFailed] });
    expect(await store.putReportOnce(report)).toBe('duplicate');
    expect(calls.map((call) => call.operation)).toEqual(['PutItem']);
  });

  it('leaves a report already past PARSED as it is', async () => {
    const { store } = storeAnswering({ UpdateItem: [conditionFailed], GetItem: [storedItem] });
    expect(await store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).toBe('already');
  });

  it('tells another delivery that the report was already mailed', async () => {
    const { store } = storeAnswering({ UpdateItem: [conditionFailed], GetItem: [storedItem] });
    expect(await store.markNotified(report.id, ['tianqiao@example.gov.cn'], AT)).toBe(false);
  });

  it('throws when the condition failed because the report does not exist (a bug, not a duplicate)', async () => {
    const { store } = storeAnswering({ UpdateItem: [conditionFailed], GetItem: [{ ok: {} }] });
    await expect(store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).rejects.toBeInstanceOf(ReportNotFoundError);
  });

  it('retries a throttled existence check after a failed condition, then answers the outcome', async () => {
    const { store, calls } = storeAnswering({ UpdateItem: [conditionFailed], GetItem: [throttled(), storedItem] });
    expect(await store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).toBe('already');
    expect(calls.map((call) => call.operation)).toEqual(['UpdateItem', 'GetItem', 'GetItem']);
  });
});
