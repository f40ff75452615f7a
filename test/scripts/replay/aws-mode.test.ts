import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportStore } from '../../../functions/shared/aws/aws-clients.js';
import { readReport } from '../../../functions/parse/read-report.js';
import { REPORT_BODY_PREFIX } from '../../../functions/shared/store/report-body.js';
import type { ReportStore } from '../../../functions/shared/store/store.js';
import { REPORT_TABLE } from '../../../functions/shared/store/table-design.js';
import { loadDistricts } from '../../../pipeline/districts.js';
import { createLocalClients, type LocalClients } from '../../../local/clients.js';
import { type Emulators, startEmulators } from '../../../local/emulators/index.js';
import { createTable } from '../../../local/stack/tables.js';
import { encodeS3EventKey } from '../../../local/wiring/s3-event.js';
import { inProcessHandlers, streamRangeReader } from '../../../scripts/replay/aws.js';
import type { RedrivePorts } from '../../../scripts/replay/redrive.js';
import { type QueueMessage, replayQueue } from '../../../scripts/replay/replay-queue.js';
import { storedReportFactory } from '../../shared/factories.js';
import { withLongNarrative } from '../../shared/long-report.js';


const BUCKET = 'uploads-replay';
const EXAMPLE = fileURLToPath(new URL('../../../examples/tianqiao/2020-年报.txt', import.meta.url));
const VALIDATE_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:Nianbao-xicheng-ValidateA1B2C3';

/** An SQS queue in memory holding the given bodies; deleted messages are gone, the rest show on the next run. */
function queueOf(bodies: unknown[]) {
  const messages: QueueMessage[] = bodies.map((body, index) => ({
    id: `m${index}`,
    body: JSON.stringify(body),
    receiptHandle: `h${index}`,
  }));
  return {
    messages,
    receive: async () => [...messages],
    delete: async (message: QueueMessage) => void messages.splice(messages.indexOf(message), 1),
  };
}

// The AWS mode end to end, minus SQS: the handlers run in this process as the replay script runs them, the stream
// range is read back from DynamoDB Local's stream with AT_SEQUENCE_NUMBER, the S3 event names an emulated object.
describe('npm run replay -- --queue-url, against the emulators', () => {
  let emulators: Emulators;
  let clients: LocalClients;
  let store: ReportStore;
  let ports: RedrivePorts;
  let streamArn: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    emulators = await startEmulators();
    clients = createLocalClients(emulators);
    const reports = await createTable(clients.dynamo, 'replay-reports', REPORT_TABLE);
    if (!reports.streamArn) throw new Error('no stream');
    streamArn = reports.streamArn;
    store = createReportStore({ dynamo: clients.document, s3: clients.s3, tableName: reports.tableName });
    const district = loadDistricts().find(({ id }) => id === 'xicheng');
    const invoke = inProcessHandlers({
      ...emulators.awsEnv,
      TABLE_NAME: reports.tableName,
      DISTRICT_CONFIG: JSON.stringify(district),
    });
    ports = { invoke, readStream: streamRangeReader(clients.streams) };
  });

  afterAll(async () => {
    process.env = saved;
    clients?.destroy();
    await emulators?.stop();
  });

  it('reads a stream on-failure range back and validates its report, once however often replayed', async () => {
    // Prepare: a PARSED report whose validate batch went to the on-failure queue
    const report = storedReportFactory();
    await store.putReportOnce(report);
    const { StreamDescription } = await clients.streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const shardId = StreamDescription?.Shards?.[0]?.ShardId ?? '';
    const { ShardIterator } = await clients.streams.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    const { Records = [] } = await clients.streams.send(new GetRecordsCommand({ ShardIterator }));
    const sequence = Records[0]?.dynamodb?.SequenceNumber ?? '';
    const range = { streamArn, shardId, startSequenceNumber: sequence, endSequenceNumber: sequence, batchSize: 1 };
    const body = { requestContext: { functionArn: VALIDATE_ARN }, DDBStreamBatchInfo: range };
    // Act
    const queue = queueOf([body]);
    const counts = await replayQueue(queue, ports, { dryRun: false, print: () => undefined });
    // Assess
    expect(counts).toEqual({ redriven: 1, failed: 0, planned: 0 });
    expect(queue.messages).toEqual([]);
    const validated = await store.getReport(report.id);
    expect(validated?.status).toBe('VALIDATED');
    expect(await replayQueue(queueOf([body]), ports, { dryRun: false, print: () => undefined })).toMatchObject({
      redriven: 1,
    });
    expect(await store.getReport(report.id)).toEqual(validated);
  });

  it('runs parse again on the S3 event of its DLQ, storing the upload once however often replayed', async () => {
    // Prepare: an upload whose parse invocation failed for good
    await clients.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    const key = 'incoming/tianqiao/2020 年报.txt';
    const put = new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: '一首诗，不是年报' });
    const eTag = (await clients.s3.send(put)).ETag?.replace(/"/g, ''); // S3 events carry it unquoted
    const object = { key: encodeS3EventKey(key), eTag };
    const record = { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: BUCKET }, object } };
    const event = { Records: [record] };
    // Act
    for (let run = 0; run < 2; run += 1) {
      const counts = await replayQueue(queueOf([event]), ports, { dryRun: false, print: () => undefined });
      expect(counts).toEqual({ redriven: 1, failed: 0, planned: 0 });
    }
    // Assess
    const uploads = (await store.allReports()).filter((stored) => stored.source.key === key);
    expect(uploads).toEqual([expect.objectContaining({ status: 'REJECTED', agencyId: 'tianqiao' })]);
  });

  it('runs parse again on the S3 event of a report too large for an item: stored whole, its body beside it', async () => {
    // Prepare: a 1 MB report whose parse failed for good (as every such report did before bodies went to S3)
    const text = withLongNarrative(await readFile(EXAMPLE, 'utf8'), 350_000);
    const key = 'incoming/tianqiao/2020 年报（长）.txt';
    const put = new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: text });
    const eTag = (await clients.s3.send(put)).ETag?.replace(/"/g, '');
    const object = { key: encodeS3EventKey(key), eTag };
    const event = { Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: BUCKET }, object } }] };
    // Act
    const counts = await replayQueue(queueOf([event]), ports, { dryRun: false, print: () => undefined });
    // Assess
    expect(counts).toEqual({ redriven: 1, failed: 0, planned: 0 });
    const read = await readReport({ name: '2020 年报（长）.txt', bytes: Buffer.from(text) });
    const [stored] = (await store.allReports()).filter((candidate) => candidate.source.key === key);
    expect(stored?.status).toBe('PARSED');
    expect(stored?.report).toEqual(read.status === 'parsed' ? read.report : 'unread');
    const bodies = await clients.s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: REPORT_BODY_PREFIX }));
    expect(bodies.Contents?.map((body) => body.Key)).toEqual([expect.stringContaining(stored?.id ?? '?')]);
  });
});
