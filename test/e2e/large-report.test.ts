import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import { ETAG_VERSION_PREFIX } from '../../functions/shared/aws/aws-clients.js';
import { DYNAMO_ITEM_LIMIT, dynamoItemSize } from '../../functions/shared/store/item-size.js';
import { REPORT_BODY_PREFIX } from '../../functions/shared/store/report-body.js';
import { storedReportSchema } from '../../functions/shared/model/stored-report.js';
import { reportIdOf, reportKey } from '../../functions/shared/store/table-design.js';
import { createLocalClients, type LocalClients } from '../../local/clients.js';
import { type Emulators, startEmulators } from '../../local/emulators/index.js';
import { type LocalPipeline, startLocalPipeline } from '../../local/pipeline.js';
import { untilSettled } from '../../local/run/progress.js';
import type { DistrictStack } from '../../local/stack/district-stack.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import { HOSTILE_CASES } from '../../scripts/fuzz/hostile-cases.js';
import { withLongNarrative } from '../shared/long-report.js';


const EXAMPLE = fileURLToPath(new URL('../../examples/donghuashi/2020-年报-GB18030.txt', import.meta.url));
const AGENCY_EMAIL = 'donghuashi@dongcheng.example.gov.cn';
const KEY = `${UPLOAD_PREFIX}donghuashi/2020-年报-长.txt`;
/** 1.8 million characters: some 5 MB of UTF-8 in about 32,000 paragraphs, half the upload limit. */
const TARGET_CHARACTERS = 1_800_000;
const POLL_MS = 50;

/** The donghuashi example (two Table 三 errors) with a long narrative: far over DynamoDB's item limit. */
async function longReport(): Promise<Uint8Array> {
  return Buffer.from(withLongNarrative(iconv.decode(await readFile(EXAMPLE), 'gb18030'), TARGET_CHARACTERS));
}

describe('a report far over the item limit, through the local pipeline', () => {
  let emulators: Emulators;
  let pipeline: LocalPipeline;
  let clients: LocalClients;
  let stack: DistrictStack;
  let bytes: Uint8Array;
  let id: string;
  let elapsedMs: number;
  const agencyEmails = async () =>
    (await emulators.ses.sentEmails()).filter((email) => email.destination.to.includes(AGENCY_EMAIL));
  const bodies = async () =>
    (await clients.s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: REPORT_BODY_PREFIX }))).Contents;
  /** The item as stored: read raw, so waiting for a status costs the pipeline nothing. */
  const item = async (of = id) => {
    const { Item } = await clients.document.send(new GetCommand({ TableName: stack.tableName, Key: reportKey(of) }));
    return Item;
  };
  /** Uploads a file and gives its report id, from the object's ETag as parse derives it. */
  const upload = async (key: string, file: Uint8Array) => {
    await stack.upload(key, file);
    const { ETag } = await clients.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key }));
    return reportIdOf({ bucket: stack.bucket, key, version: `${ETAG_VERSION_PREFIX}${ETag?.replace(/"/g, '')}` });
  };
  const untilNotified = async (timeoutMs: number, of = id) => {
    for (const deadline = Date.now() + timeoutMs; (await item(of))?.status !== 'NOTIFIED'; ) {
      if (Date.now() > deadline) throw new Error(`not mailed within ${timeoutMs} ms: ${(await item(of))?.status}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  beforeAll(async () => {
    bytes = await longReport();
    emulators = await startEmulators();
    pipeline = startLocalPipeline(emulators);
    clients = createLocalClients(emulators);
    const district = loadDistricts().find((config) => config.id === 'dongcheng');
    if (!district) throw new Error('no dongcheng district config');
    stack = await pipeline.stackFor(district);
    // Cold starts first (an empty S3 event, an empty digest window): the clock then times the pipeline alone.
    await stack.invoke('parse', { Records: [] });
    await stack.invoke('digest', { since: new Date().toISOString() });
    const started = Date.now();
    id = await upload(KEY, bytes);
    await untilNotified(60_000);
    elapsedMs = Date.now() - started;
  }, 120_000);

  afterAll(async () => {
    clients?.destroy();
    await pipeline?.stop();
    await emulators?.stop();
  });

  it('stores it, finds its two Table 三 errors and mails the agency once, in seconds', async () => {
    const stored = await stack.store.getReport(id);
    const body = storedReportSchema.parse(await item()).body;
    const size = `${(bytes.length / 1e6).toFixed(1)} MB, body ${((body?.bytes ?? 0) / 1e6).toFixed(1)} MB`;
    console.info(`long report (${size}, ${stored?.report?.paragraphs.length} paragraphs): mailed in ${elapsedMs} ms`);
    expect(stored).toMatchObject({ status: 'NOTIFIED', notifiedTo: [AGENCY_EMAIL] });
    expect(stored?.findings.map((finding) => finding.rule).sort()).toEqual(['T3-HANDLED-SUM', 'T3-ROW-TOTAL']);
    const emails = await agencyEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toContain('2 处错误');
    expect(pipeline.dlq.letters()).toEqual([]);
    expect(elapsedMs).toBeLessThan(20_000); // a few seconds; the bound leaves room for a busy machine
  });

  it('reads every paragraph back through the store, as the reader found them', async () => {
    const read = await readReport({ name: '2020-年报-长.txt', bytes });
    if (read.status !== 'parsed') throw new Error('the long report was not read');
    const stored = await stack.store.getReport(id);
    expect(stored?.report?.paragraphs.length).toBeGreaterThan(30_000);
    expect(stored?.report?.paragraphs).toEqual(read.report.paragraphs);
    expect(stored?.report?.table3).toEqual(read.report.table3);
    expect(stored).not.toHaveProperty('body');
  });

  it('keeps an item under the limit, with its tables, an excerpt and a pointer to the body beside the upload', async () => {
    const raw = (await item()) ?? {};
    const stored = storedReportSchema.parse(raw);
    const full = await stack.store.getReport(id);
    expect(dynamoItemSize(raw)).toBeLessThan(DYNAMO_ITEM_LIMIT);
    expect(stored.report?.table3).toEqual(full?.report?.table3);
    expect(stored.report?.paragraphs).toEqual(full?.report?.paragraphs.slice(0, stored.report?.paragraphs.length));
    expect(stored.body?.bucket).toBe(stack.bucket);
    expect((await bodies())?.map((object) => ({ key: object.Key, bytes: object.Size }))).toEqual([
      { key: stored.body?.key, bytes: stored.body?.bytes },
    ]);
  });

  it('tells the agency that a file of some 2,700 copies of one report holds more than one, in seconds', async () => {
    const copies = HOSTILE_CASES.find((hostile) => hostile.id === 'copies-9.5mb');
    if (!copies) throw new Error('no copies case in scripts/fuzz/hostile-cases.ts');
    const file = await copies.build();
    const started = Date.now();
    const copiesId = await upload(`${UPLOAD_PREFIX}donghuashi/${file.name}`, file.bytes);
    await untilNotified(60_000, copiesId);
    const elapsed = Date.now() - started;
    await untilSettled(pipeline);
    console.info(`copies file (${(file.bytes.length / 1e6).toFixed(1)} MB): mailed in ${elapsed} ms`);
    const stored = await stack.store.getReport(copiesId);
    expect(stored?.status).toBe('NOTIFIED');
    expect(stored?.findings.map((finding) => finding.rule)).toContain('S-MULTIPLE');
    expect(await agencyEmails()).toHaveLength(2);
    expect(pipeline.dlq.letters()).toEqual([]);
    expect(elapsed).toBeLessThan(30_000); // a few seconds; the bound leaves room for a busy machine
  }, 60_000);

  it('stores a duplicate S3 event once: one report, one body, no second email', async () => {
    await pipeline.redeliver(stack.bucket, KEY);
    await untilSettled(pipeline);
    const long = (await stack.store.allReports()).filter((report) => report.source.key === KEY);
    expect(long).toHaveLength(1);
    expect((await bodies())?.filter((object) => object.Key?.includes(long[0]?.id ?? '-'))).toHaveLength(1);
    expect(await agencyEmails()).toHaveLength(2);
  });
});
