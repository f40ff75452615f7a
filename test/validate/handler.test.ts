import { deployedEnvironment, fakeContext } from '../shared/lambda-test-env.js';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryReportStore } from '../support/memory-store.js';
import { RULE_CRASHED } from '../../functions/validate/check-report.js';
import { createValidateHandler } from '../../functions/validate/handler.js';
import type { CheckReport } from '../../functions/validate/validate-report.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { storedReportFactory } from '../shared/factories.js';

const xicheng = loadDistricts().find((district) => district.id === 'xicheng')!;

/** A stream record of a report item insert, as Lambda delivers it (DynamoDB JSON images). */
function insertOf(image: Record<string, unknown> | undefined, sequenceNumber: string): DynamoDBRecord {
  return {
    eventID: sequenceNumber,
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: { SequenceNumber: sequenceNumber, NewImage: image as never, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
const imageOf = (id: string) => ({ pk: { S: `REPORT#${id}` }, sk: { S: 'REPORT' }, id: { S: id } });
const run = async (handler: ReturnType<typeof createValidateHandler>, records: DynamoDBRecord[]) =>
  handler({ Records: records } satisfies DynamoDBStreamEvent, fakeContext('validate'), () => undefined);

describe('validate handler', () => {
  it('validates each record and reports only the ones that failed, so Lambda retries those alone', async () => {
    // Prepare
    const store = createMemoryReportStore();
    const report = storedReportFactory();
    await store.putReportOnce(report);
    const check = vi.fn<CheckReport>(() => ({ findings: [], skipped: [] }));
    const handler = createValidateHandler({ store, check, district: xicheng, now: () => new Date('2025-03-01T00:00:00.000Z') });
    // Act
    const response = await run(handler, [
      insertOf(imageOf(report.id), '1'),
      insertOf(undefined, '2'), // no new image: not a record this function should get
      insertOf(imageOf('missing'), '3'),
      insertOf({ ...imageOf(report.id), sk: { S: 'FOLLOWUP#f1' } }, '4'),
    ]);
    // Assess
    const failed = response ? response.batchItemFailures.map((failure) => failure.itemIdentifier) : [];
    expect(failed.sort()).toEqual(['2', '3', '4']); // records run concurrently: failures come in any order
    expect((await store.getReport(report.id))?.status).toBe('VALIDATED');
  });
});

describe('validate handler, a rule that threw', () => {
  it('still stores the report, and logs the rule as an error for operators', async () => {
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
    const lines: string[] = [];
    const capture = (chunk: unknown) => lines.push(String(chunk)) > 0;
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    const store = createMemoryReportStore();
    const report = storedReportFactory();
    await store.putReportOnce(report);
    const skipped = [{ rule: 'N-PARTS' as const, reason: `${RULE_CRASHED}: list exploded` }];
    const check = vi.fn<CheckReport>(() => ({ findings: [], skipped }));
    const handler = createValidateHandler({ store, check, district: xicheng, now: () => new Date('2025-03-01T00:00:00.000Z') });

    const response = await run(handler, [insertOf(imageOf(report.id), '1')]);
    vi.restoreAllMocks();
    vi.unstubAllEnvs();

    expect(response?.batchItemFailures).toEqual([]);
    expect((await store.getReport(report.id))?.status).toBe('VALIDATED');
    const logged = lines.join('');
    expect(logged).toContain('"level":"ERROR"');
    expect(logged).toContain('"rule":"N-PARTS"');
  });
});

describe('the deployed validate handler', () => {
  const doc = deployedEnvironment(xicheng);

  it('wires the DynamoDB store and the rules from the environment', async () => {
    const report = storedReportFactory();
    doc.on(GetCommand).resolves({ Item: { ...report, pk: `REPORT#${report.id}`, sk: 'REPORT' } });
    doc.on(QueryCommand).resolves({ Items: [] });
    doc.on(UpdateCommand).resolves({});
    const { handler } = await import('../../functions/validate/handler.js');

    const response = await handler({ Records: [insertOf(imageOf(report.id), '1')] }, fakeContext(), () => undefined);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(doc.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'Reports',
      Key: { pk: `REPORT#${report.id}`, sk: 'REPORT' },
      ExpressionAttributeValues: { ':validated': 'VALIDATED' },
    });
  });
});
