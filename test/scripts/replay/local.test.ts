import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictConfig } from '../../../functions/shared/model/district.js';
import { byYearKeys, reportKey } from '../../../functions/shared/store/table-design.js';
import { loadDistricts } from '../../../pipeline/districts.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from '../../../local/emulators/credentials.js';
import { type Emulators, startEmulators } from '../../../local/emulators/index.js';
import { type LocalPipeline, startLocalPipeline } from '../../../local/pipeline.js';
import type { DistrictStack } from '../../../local/stack/district-stack.js';
import { DeadLetterQueue, readDeadLetters } from '../../../local/wiring/dead-letters.js';
import { toLambdaS3Event } from '../../../local/wiring/s3-event.js';
import { replayLocalLetters } from '../../../scripts/replay/local.js';
import { storedReportFactory } from '../../shared/factories.js';


const EXAMPLE = fileURLToPath(new URL('../../../examples/tianqiao/2020-年报.txt', import.meta.url));
const UPLOAD_KEY = 'incoming/tianqiao/2020 年报.txt';

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');
const until = async (condition: () => Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('npm run replay -- --local, on the emulators', () => {
  let emulators: Emulators;
  let pipeline: LocalPipeline;
  let stack: DistrictStack;
  let doc: DynamoDBDocumentClient;
  let dir: string;
  let districts: DistrictConfig[];
  const report = storedReportFactory({ district: 'xicheng' });
  /** A report item validate cannot read: the stream record that carries it fails every retry. */
  const brokenItem = { ...reportKey(report.id), id: report.id, status: 'PARSED' };
  const replay = async () => {
    const lines: string[] = [];
    const counts = await replayLocalLetters(emulators, pipeline, await readDeadLetters(dir), {
      districts,
      print: (line) => lines.push(line),
    });
    return { counts, lines };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-dead-letters-'));
    districts = loadDistricts();
    emulators = await startEmulators();
    pipeline = startLocalPipeline(emulators, { deadLetterDir: dir });
    const xicheng = districts.find((district) => district.id === 'xicheng');
    if (!xicheng) throw new Error('no xicheng config');
    stack = await pipeline.stackFor(xicheng);
    const { endpoint } = emulators.dynamo;
    const client = new DynamoDBClient({ region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS, endpoint });
    doc = DynamoDBDocumentClient.from(client);
  });

  afterAll(async () => {
    doc?.destroy();
    await pipeline?.stop();
    await emulators?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a stream record that failed every retry to the dead-letter directory, with its context', async () => {
    await doc.send(new PutCommand({ TableName: stack.tableName, Item: brokenItem }));
    await until(async () => (await readdir(dir)).length > 0);
    const [stored] = await readDeadLetters(dir);
    expect(stored?.letter).toMatchObject({
      district: 'xicheng',
      function: 'validate',
      subject: `REPORT#${report.id} REPORT`,
      // Powertools' every-record-failed error, with the record's own error that says why
      error: expect.stringMatching(/FullBatchFailureError.*First: StoredReportInvalidError/),
      event: {
        eventName: 'INSERT',
        eventSourceARN: expect.stringContaining(stack.tableName),
        dynamodb: { SequenceNumber: expect.any(String), NewImage: { id: { S: report.id } } },
      },
    });
  });

  it('keeps a letter whose function fails again', async () => {
    await doc.send(new DeleteCommand({ TableName: stack.tableName, Key: reportKey(report.id) }));
    const { counts, lines } = await replay(); // puts the broken item back: validate fails on it again
    expect(counts).toMatchObject({ redriven: 0, failed: 1 });
    expect(lines[0]).toMatch(/^FAILED {2}xicheng\/validate: REPORT#\S+ REPORT: HandlerError: FullBatchFailureError/);
    // The letter stays; putting the item back also set the poller going, which fails and parks it once more.
    await until(async () => (await readdir(dir)).length === 2);
  });

  it('re-drives a letter once the data is fixed: validated, and the letter removed', async () => {
    const [first, ...others] = await readDeadLetters(dir);
    for (const { file } of others) await rm(file); // the poller's second letter of the same record
    const kept = first?.file ?? '';
    const copy = `${kept}.again`;
    await copyFile(kept, copy);
    const fixed = { ...report, ...reportKey(report.id), ...byYearKeys(report) };
    await doc.send(new PutCommand({ TableName: stack.tableName, Item: fixed }));
    const { counts } = await replay();
    expect(counts).toMatchObject({ redriven: 1, failed: 0 });
    expect(await readdir(dir)).toEqual([basename(copy)]);
    const validated = await stack.store.getReport(report.id);
    expect(validated).toMatchObject({ status: 'VALIDATED', validatedAt: expect.any(String) });
    // The same letter again (a replay run twice): nothing changes.
    await copyFile(copy, kept);
    expect((await replay()).counts).toMatchObject({ redriven: 1, failed: 0 });
    expect(await stack.store.getReport(report.id)).toEqual(validated);
  });

  it('re-drives a parse letter from the object it kept: the upload is read and stored once', async () => {
    const bytes = await readFile(EXAMPLE);
    const record = {
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      // s3rver's eTag: the bytes' MD5, unquoted; the same upload again has the same one, hence the same report id.
      s3: {
        bucket: { name: stack.bucket },
        object: { key: UPLOAD_KEY, size: bytes.length, eTag: md5(bytes), sequencer: '01' },
      },
    };
    const event = toLambdaS3Event(record, LOCAL_REGION);
    const letter = { district: 'xicheng', function: 'parse', subject: UPLOAD_KEY, error: 'HandlerError: boom', event };
    new DeadLetterQueue({ dir }).park({ ...letter, object: bytes.toString('base64') });
    const { counts } = await replay();
    expect(counts).toMatchObject({ redriven: 1, failed: 0 });
    const uploaded = async () =>
      (await stack.store.allReports()).filter((candidate) => candidate.source.key === UPLOAD_KEY);
    // Putting the object back set the pipeline going too: one report, read once, however the two runs interleave.
    await until(async () => (await uploaded()).some((stored) => stored.status !== 'PARSED') && pipeline.settled());
    expect(await uploaded()).toEqual([expect.objectContaining({ agencyId: 'tianqiao', knownAgency: true })]);
    expect((await uploaded())[0]?.report?.year).toBe(2020);
    expect(pipeline.dlq.letters().filter((parked) => parked.function === 'parse')).toEqual([]);
  });

  it('keeps a stream letter whose report body went with the earlier run, saying to upload the report again', async () => {
    const own = await mkdtemp(join(tmpdir(), 'nianbao-dead-letters-body-'));
    const id = 'large0000000000a';
    const key = `reports/${id}/0123456789abcdef.json`;
    const body = { M: { bucket: { S: stack.bucket }, key: { S: key }, bytes: { N: '3000000' } } };
    const NewImage = { ...marshalled(reportKey(id)), id: { S: id }, status: { S: 'PARSED' }, body };
    const event = { eventName: 'INSERT', dynamodb: { NewImage } };
    const letter = { district: 'xicheng', function: 'validate', subject: `REPORT#${id} REPORT`, error: 'x', event };
    new DeadLetterQueue({ dir: own }).park(letter);
    const lines: string[] = [];
    const counts = await replayLocalLetters(emulators, pipeline, await readDeadLetters(own), {
      districts,
      print: (line) => lines.push(line),
    });
    expect(counts).toMatchObject({ redriven: 0, failed: 1 });
    expect(lines[0]).toContain(`s3://${stack.bucket}/${key}) was in the earlier run's emulated bucket: upload the report`);
    expect(await readdir(own)).toHaveLength(1);
    const { Item } = await doc.send(new GetCommand({ TableName: stack.tableName, Key: reportKey(id) }));
    expect(Item).toBeUndefined(); // not put back: validate would only fail on it again
    await rm(own, { recursive: true, force: true });
  });
});

/** String attributes in DynamoDB JSON. */
function marshalled(fields: Record<string, string>) {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { S: value }]));
}
