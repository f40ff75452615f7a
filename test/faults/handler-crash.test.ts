import { fakeContext } from '../shared/lambda-test-env.js';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createParseHandler } from '../../functions/parse/handler.js';
import { readReport } from '../../functions/parse/read-report.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { createValidateHandler } from '../../functions/validate/handler.js';
import type { CheckReport } from '../../functions/validate/validate-report.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { objectRefFactory, storedReportFactory } from '../shared/factories.js';

const xicheng = loadDistricts().find(({ id }) => id === 'xicheng')!;
const NOW = '2025-03-01T00:00:00.000Z';

/** What the store throws once the SDK's own retries are spent (test/faults/dynamo-store-faults.test.ts). */
function throttlingError(): Error {
  return Object.assign(new Error('Rate of requests exceeds the allowed throughput'), {
    name: 'ProvisionedThroughputExceededException',
  });
}

/** The memory store, with one method failing while `failing.on` holds for the given report id. */
function flakyStore(method: 'getReport' | 'putReportOnce', badId: string) {
  const store = createMemoryReportStore();
  const failing = { on: true };
  const flaky: ReportStore = {
    ...store,
    getReport: (id) =>
      method === 'getReport' && failing.on && id === badId ? Promise.reject(throttlingError()) : store.getReport(id),
    putReportOnce: (report) =>
      method === 'putReportOnce' && failing.on && report.id === badId
        ? Promise.reject(throttlingError())
        : store.putReportOnce(report),
  };
  return { store, flaky, failing };
}

const insertOf = (id: string, sequence: string): DynamoDBRecord => ({
  eventID: `event-${sequence}`,
  eventName: 'INSERT',
  eventSource: 'aws:dynamodb',
  dynamodb: {
    SequenceNumber: sequence,
    NewImage: { pk: { S: `REPORT#${id}` }, sk: { S: 'REPORT' }, id: { S: id } },
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
});

describe('validate crashing on one record of a batch', () => {
  const reports = ['a', 'b', 'c'].map((name) =>
    storedReportFactory({ source: objectRefFactory({ key: `incoming/tianqiao/${name}.txt` }) }),
  );
  const records = reports.map((report, index) => insertOf(report.id, String(100 + index)));

  it('reports only that record by its sequence number, and validates the others', async () => {
    // Prepare
    const { store, flaky } = flakyStore('getReport', reports[1]!.id);
    for (const report of reports) await store.putReportOnce(report);
    const check = vi.fn<CheckReport>(() => ({ findings: [], skipped: [] }));
    const handler = createValidateHandler({ store: flaky, check, district: xicheng, now: () => new Date(NOW) });
    // Act
    const response = await handler({ Records: records }, fakeContext('validate'), () => undefined);
    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '101' }] });
    const statuses = await Promise.all(reports.map(async ({ id }) => (await store.getReport(id))?.status));
    expect(statuses).toEqual(['VALIDATED', 'PARSED', 'VALIDATED']);
  });

  it('validates the failed record on the retry; the records Lambda re-sends with it change nothing', async () => {
    // Prepare
    const { store, flaky, failing } = flakyStore('getReport', reports[1]!.id);
    for (const report of reports) await store.putReportOnce(report);
    const check = vi.fn<CheckReport>(() => ({ findings: [], skipped: [] }));
    const handler = createValidateHandler({ store: flaky, check, district: xicheng, now: () => new Date(NOW) });
    await handler({ Records: records }, fakeContext('validate'), () => undefined);
    const first = await store.getReport(reports[0]!.id);
    // Act: Lambda resumes the shard from the failed record, so it re-sends it and the records after it
    failing.on = false;
    const retry = await handler({ Records: records.slice(1) }, fakeContext('validate'), () => undefined);
    // Assess
    expect(retry).toEqual({ batchItemFailures: [] });
    expect((await store.getReport(reports[1]!.id))?.status).toBe('VALIDATED');
    expect(await store.getReport(reports[0]!.id)).toEqual(first);
    expect(check).toHaveBeenCalledTimes(3); // a, c, then b: c's second delivery found it validated
  });

  it('fails the whole invocation when every record fails, so Lambda retries and bisects the batch', async () => {
    const { flaky } = flakyStore('getReport', reports[0]!.id);
    const check = vi.fn<CheckReport>(() => ({ findings: [], skipped: [] }));
    const handler = createValidateHandler({ store: flaky, check, district: xicheng, now: () => new Date(NOW) });
    await expect(handler({ Records: records.slice(0, 1) }, fakeContext('validate'), () => undefined)).rejects.toThrow(
      /All records failed/,
    );
  });
});

describe('parse crashing after reading the upload', () => {
  it('throws, so Lambda retries the event, and the retry stores the report once', async () => {
    // Prepare
    const ref = objectRefFactory({ key: 'incoming/tianqiao/2020.txt', version: 'etag:e1' });
    const text = new TextEncoder().encode('不是年度报告');
    const objects = { get: vi.fn(async () => ({ bytes: text, lastModified: NOW })) };
    const reportId = storedReportFactory({ source: ref }).id;
    const { store, flaky, failing } = flakyStore('putReportOnce', reportId);
    const handler = createParseHandler({ objects, store: flaky, district: xicheng, read: readReport });
    const event = { Records: [{ s3: { bucket: { name: ref.bucket }, object: { key: ref.key, eTag: 'e1' } } }] };
    // Act
    await expect(handler(event, fakeContext('parse'))).rejects.toMatchObject({
      name: 'ProvisionedThroughputExceededException',
    });
    failing.on = false;
    await handler(event, fakeContext('parse'));
    await handler(event, fakeContext('parse')); // a late duplicate delivery of the same event
    // Assess
    expect(await store.allReports()).toEqual([expect.objectContaining({ id: reportId, status: 'REJECTED' })]);
    expect(objects.get).toHaveBeenCalledTimes(2); // the duplicate found the report and did not read again
  });
});
