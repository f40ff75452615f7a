import { Logger } from '@aws-lambda-powertools/logger';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createNotifyHandler } from '../../functions/notify/stream-handler.js';
import { finding } from '../../functions/shared/model/finding.js';
import { storedReportFactory } from './fixtures.js';
import { fakeLambdaContext, notifyTestDeps } from './fakes.js';

const logger = new Logger({ logLevel: 'SILENT' });

function record(sequence: string, image: Record<string, AttributeValue>): DynamoDBRecord {
  return {
    eventID: sequence,
    eventName: 'MODIFY',
    eventSource: 'aws:dynamodb',
    dynamodb: { SequenceNumber: sequence, NewImage: image, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}
const reportImage = (id: string) => ({ pk: { S: `REPORT#${id}` }, sk: { S: 'REPORT' }, id: { S: id } });
const followUpImage = (reportId: string, id: string) => ({
  pk: { S: `REPORT#${reportId}` },
  sk: { S: `FOLLOWUP#${id}` },
  reportId: { S: reportId },
  id: { S: id },
});

async function prepared() {
  const context = notifyTestDeps();
  await context.store.putReportOnce(storedReportFactory());
  await context.store.putReportOnce(storedReportFactory({ id: 'r001', fileName: '2021年报.txt' }));
  const handler = createNotifyHandler({ deps: context.deps, logger, idempotency: context.idempotency });
  const invoke = (...records: DynamoDBRecord[]) =>
    handler({ Records: records } satisfies DynamoDBStreamEvent, fakeLambdaContext(), () => undefined);
  return { ...context, invoke };
}

describe('notify stream handler', () => {
  it('sends one email for a record delivered twice in a batch', async () => {
    const { invoke, mailer } = await prepared();
    const response = await invoke(record('1', reportImage('r000')), record('2', reportImage('r000')));
    expect(response).toEqual({ batchItemFailures: [] });
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends one email for a record redelivered in a later batch', async () => {
    const { invoke, mailer } = await prepared();
    await invoke(record('1', reportImage('r000')));
    expect(await invoke(record('1', reportImage('r000')))).toEqual({ batchItemFailures: [] });
    expect(mailer.sent).toHaveLength(1);
  });

  it('tells a follow-up item from a report item by its sort key', async () => {
    const { invoke, mailer, store } = await prepared();
    await store.putFollowUpOnce({
      reportId: 'r000',
      id: 'f1',
      causedBy: 'r001',
      createdAt: '2021-02-01T00:00:00.000Z',
      findings: [finding('X-CARRY', { table: '三', row: 'carriedIn', column: 'total', message: '不符' })],
    });
    await invoke(record('1', followUpImage('r000', 'f1')));
    expect(mailer.sent.map((email) => email.key)).toEqual(['followup#r000#f1']);
  });

  it('lists a record whose email SES refused as a batch item failure, and still sends the others', async () => {
    const { invoke, mailer, store } = await prepared();
    mailer.failures = 1;
    const response = await invoke(record('1', reportImage('r000')), record('2', reportImage('r001')));
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '1' }] });
    expect(mailer.sent.map((email) => email.key)).toEqual(['report#r001']);
    expect((await store.getReport('r000'))?.status).toBe('VALIDATED');
  });

  it('fails the whole invocation when every record fails, so Lambda retries the batch', async () => {
    const { invoke, mailer } = await prepared();
    mailer.failures = 5;
    await expect(invoke(record('1', reportImage('r000')))).rejects.toThrow(/All records failed/);
  });

  it('fails a record that is neither a report nor a follow-up', async () => {
    const { invoke } = await prepared();
    const response = await invoke(record('1', { pk: { S: 'X' }, sk: { S: 'OTHER' } }), record('2', reportImage('r000')));
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '1' }] });
  });
});
