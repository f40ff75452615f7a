import { deployedEnvironment, fakeContext } from '../shared/lambda-test-env.js';
import { readFileSync } from 'node:fs';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createParseHandler } from '../../functions/parse/handler.js';
import { readReport } from '../../functions/parse/read-report.js';
import { s3Objects } from '../../functions/shared/aws/aws-clients.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';

const xicheng = loadDistricts().find(({ id }) => id === 'xicheng')!;
const s3 = mockClient(S3Client);
const LAST_MODIFIED = new Date('2025-01-20T08:00:00.000Z');

/** An S3 ObjectCreated event as AWS sends it: the key URL-encoded, spaces as '+'. Only one object per event. */
function uploadEvent(rawKey: string, object: { versionId?: string; eTag?: string } = { versionId: 'v1' }) {
  return {
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        requestParameters: { sourceIPAddress: '::1' }, // as from a local emulator: not IPv4, still accepted
        s3: { bucket: { name: 'uploads' }, object: { key: rawKey, size: 10, ...object } },
      },
    ],
  };
}
function serve(text: string) {
  const bytes = new TextEncoder().encode(text);
  const Body = { transformToByteArray: async () => bytes } as never; // the part of the SDK stream s3Objects reads
  s3.on(GetObjectCommand).resolves({ Body, LastModified: LAST_MODIFIED });
}
function setUp() {
  const store = createMemoryReportStore();
  const objects = s3Objects(new S3Client({}));
  const handler = createParseHandler({ objects, store, district: xicheng, read: readReport });
  return { store, handle: (event: unknown) => handler(event, fakeContext('parse')) };
}

beforeEach(() => s3.reset());

describe('parse handler', () => {
  it('decodes a URL-encoded Chinese key with + for spaces and reads that exact version', async () => {
    serve('这不是年度报告');
    const { store, handle } = setUp();
    await handle(uploadEvent(`incoming/tianqiao/${encodeURIComponent('2024年 年报.txt').replace(/%20/g, '+')}`));
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'uploads',
      Key: 'incoming/tianqiao/2024年 年报.txt',
      VersionId: 'v1',
    });
    const [stored] = await store.allReports();
    expect(stored).toMatchObject({
      fileName: '2024年 年报.txt',
      agencyId: 'tianqiao',
      knownAgency: true,
      source: { bucket: 'uploads', key: 'incoming/tianqiao/2024年 年报.txt', version: 'v1' },
      uploadedAt: LAST_MODIFIED.toISOString(),
    });
  });

  it('reads the current object by ETag where the bucket is not versioned', async () => {
    serve('这不是年度报告');
    const { store, handle } = setUp();
    await handle(uploadEvent('incoming/tianqiao/a.txt', { eTag: 'd41d8cd98f00b204e9800998ecf8427e' }));
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).not.toHaveProperty('VersionId');
    expect((await store.allReports())[0]?.source.version).toBe('etag:d41d8cd98f00b204e9800998ecf8427e');
  });

  it('ignores a key outside incoming/<agency>/ without reading it', async () => {
    const { store, handle } = setUp();
    await handle(uploadEvent('reports/tianqiao/a.txt'));
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(await store.allReports()).toEqual([]);
  });

  it('stores a report under an agency prefix the district does not list, marked unknown', async () => {
    serve('这不是年度报告');
    const { store, handle } = setUp();
    await handle(uploadEvent('incoming/newcomer/a.txt'));
    expect((await store.allReports())[0]).toMatchObject({ agencyId: 'newcomer', knownAgency: false });
  });

  it('stores an unsupported file type as REJECTED with an S-FORMAT finding, and keeps the object', async () => {
    serve('binary');
    const { store, handle } = setUp();
    await handle(uploadEvent('incoming/tianqiao/年报.xlsx'));
    const [stored] = await store.allReports();
    expect(stored?.status).toBe('REJECTED');
    expect(stored?.findings.map((finding) => finding.rule)).toContain('S-FORMAT');
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1); // read, never deleted
  });

  it.runIf(SEEDS_RUN)('stores a readable report as PARSED, once for a repeated event', async () => {
    serve(readFileSync(seedPath('003_'), 'utf8'));
    const { store, handle } = setUp();
    const event = uploadEvent('incoming/quanxiangying/003.txt');
    await handle(event);
    await handle(event);
    const reports = await store.allReports();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.status).toBe('PARSED');
    expect(reports[0]?.report?.year).toEqual(expect.any(Number));
  });

  it('throws on an event that is not an S3 event, and on an S3 failure, so Lambda retries', async () => {
    const { handle } = setUp();
    await expect(handle({ Records: [{ s3: {} }] })).rejects.toThrow();
    s3.on(GetObjectCommand).rejects(new Error('SlowDown'));
    await expect(handle(uploadEvent('incoming/tianqiao/a.txt'))).rejects.toThrow('SlowDown');
  });
});

describe('the deployed parse handler', () => {
  const doc = deployedEnvironment(xicheng);

  it('wires S3, the DynamoDB store and the district from the environment', async () => {
    serve('这不是年度报告');
    doc.on(GetCommand).resolves({});
    doc.on(PutCommand).resolves({});
    const { handler } = await import('../../functions/parse/handler.js');
    await handler(uploadEvent('incoming/tianqiao/a.txt'), fakeContext('parse'));
    expect(doc.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'Reports',
      Item: { agencyId: 'tianqiao', district: 'xicheng', status: 'REJECTED' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
});
