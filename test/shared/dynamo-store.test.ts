import './lambda-test-env.js';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDynamoReportStore } from '../../functions/shared/aws/dynamo-store.js';
import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import { StoredReportInvalidError } from '../../functions/shared/model/stored-report.js';
import { followUpFactory, storedReportFactory } from './factories.js';

// The semantics are the contract test's, run against DynamoDB Local by the local pipeline; here: the command shapes.
const doc = mockClient(DynamoDBDocumentClient);
const store = createDynamoReportStore({
  client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'cn-north-1' })),
  tableName: 'Reports',
});
const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
const report = storedReportFactory();
const AT = '2025-02-01T09:00:00.000Z';

beforeEach(() => doc.reset());

describe('putReportOnce', () => {
  it('puts the report with its table and byYear keys, on condition that the id is new', async () => {
    doc.on(PutCommand).resolves({});
    expect(await store.putReportOnce(report)).toBe('created');
    expect(doc.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'Reports',
      Item: {
        ...report,
        pk: `REPORT#${report.id}`,
        sk: 'REPORT',
        gsi1pk: 'YEAR#2024',
        gsi1sk: `AGENCY#tianqiao#2025-01-20T08:00:00.000Z#${report.id}`,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('leaves a report without a readable year out of the byYear index', async () => {
    doc.on(PutCommand).resolves({});
    await store.putReportOnce(storedReportFactory({ status: 'REJECTED', report: undefined }));
    expect(doc.commandCalls(PutCommand)[0]?.args[0].input.Item).not.toHaveProperty('gsi1pk');
  });

  it('reports a failed condition as a duplicate and throws any other error', async () => {
    doc.on(PutCommand).rejectsOnce(conditionFailed()).rejectsOnce(new Error('throttled'));
    expect(await store.putReportOnce(report)).toBe('duplicate');
    await expect(store.putReportOnce(report)).rejects.toThrow('throttled');
  });
});

describe('status changes', () => {
  it('validates only a PARSED report', async () => {
    doc.on(UpdateCommand).resolves({});
    expect(await store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).toBe('saved');
    expect(doc.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      Key: { pk: `REPORT#${report.id}`, sk: 'REPORT' },
      ConditionExpression: '#status = :parsed',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':validated': 'VALIDATED', ':parsed': 'PARSED', ':at': AT },
    });
  });

  it('marks notified only from VALIDATED or REJECTED', async () => {
    doc.on(UpdateCommand).resolves({});
    expect(await store.markNotified(report.id, ['a@example.gov.cn'], AT)).toBe(true);
    expect(doc.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      ConditionExpression: '#status IN (:validated, :rejected)',
      ExpressionAttributeValues: { ':to': ['a@example.gov.cn'], ':notified': 'NOTIFIED' },
    });
  });

  it('tells an item past that status (already) from a missing item (a bug) by reading it back', async () => {
    doc.on(UpdateCommand).rejects(conditionFailed());
    doc.on(GetCommand).resolvesOnce({ Item: { ...report, status: 'VALIDATED' } }).resolvesOnce({});
    expect(await store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).toBe('already');
    await expect(store.saveValidation(report.id, { findings: [], skipped: [] }, AT)).rejects.toThrow(ReportNotFoundError);
    expect(doc.commandCalls(GetCommand)[0]?.args[0].input.Key).toEqual({ pk: `REPORT#${report.id}`, sk: 'REPORT' });
  });

  it('marks a follow-up notified only once', async () => {
    doc.on(UpdateCommand).resolves({});
    await store.markFollowUpNotified('r2025', 'f1', AT);
    expect(doc.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      Key: { pk: 'REPORT#r2025', sk: 'FOLLOWUP#f1' },
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(notifiedAt)',
    });
  });
});

describe('reads', () => {
  const item = { ...report, pk: `REPORT#${report.id}`, sk: 'REPORT', gsi1pk: 'YEAR#2024', gsi1sk: 'AGENCY#…' };

  it('asks the byYear index for the newest upload of one agency, one item, and strips the keys', async () => {
    doc.on(QueryCommand).resolves({ Items: [item], LastEvaluatedKey: { pk: 'more' } });
    expect(await store.latestFor('tianqiao', 2024)).toEqual(report);
    expect(doc.commandCalls(QueryCommand)).toHaveLength(1);
    expect(doc.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: 'byYear',
      KeyConditionExpression: 'gsi1pk = :year AND begins_with(gsi1sk, :agency)',
      ExpressionAttributeValues: { ':year': 'YEAR#2024', ':agency': 'AGENCY#tianqiao#' },
      ScanIndexForward: false,
      Limit: 1,
    });
  });

  it('fails on an item that no longer matches the schema', async () => {
    doc.on(GetCommand).resolves({ Item: { ...item, status: 'LOST' } });
    await expect(store.getReport(report.id)).rejects.toThrow(StoredReportInvalidError);
  });

  it('reads every page of a year', async () => {
    doc
      .on(QueryCommand)
      .resolvesOnce({ Items: [item], LastEvaluatedKey: { pk: 'next' } })
      .resolvesOnce({ Items: [item] });
    expect(await store.reportsForYear(2024)).toEqual([report, report]);
    expect(doc.commandCalls(QueryCommand)[1]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'gsi1pk = :year',
      ExclusiveStartKey: { pk: 'next' },
    });
  });

  it('scans report items only for allReports', async () => {
    doc.on(ScanCommand).resolves({ Items: [item] });
    expect(await store.allReports()).toEqual([report]);
    expect(doc.commandCalls(ScanCommand)[0]?.args[0].input).toMatchObject({
      FilterExpression: 'sk = :report',
      ExpressionAttributeValues: { ':report': 'REPORT' },
    });
  });

  it('stores follow-ups beside their report and reads them back by sort-key prefix', async () => {
    const followUp = followUpFactory();
    doc.on(PutCommand).resolves({});
    doc.on(QueryCommand).resolves({ Items: [{ ...followUp, pk: 'REPORT#r2025', sk: 'FOLLOWUP#f1' }] });
    expect(await store.putFollowUpOnce(followUp)).toBe('created');
    const item = doc.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(item).toMatchObject({ pk: 'REPORT#r2025', sk: 'FOLLOWUP#f1' });
    expect(await store.followUpsOf('r2025')).toEqual([followUp]);
    expect(doc.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :followUp)',
      ExpressionAttributeValues: { ':pk': 'REPORT#r2025', ':followUp': 'FOLLOWUP#' },
    });
  });
});
