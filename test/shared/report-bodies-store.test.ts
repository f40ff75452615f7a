import { gzipSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DYNAMO_ITEM_LIMIT, dynamoItemSize } from '../../functions/shared/store/item-size.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { Paragraph } from '../../functions/shared/model/report.js';
import { REPORT_BODY_PREFIX, ReportBodyMissingError } from '../../functions/shared/store/report-body.js';
import {
  EXCERPT_BYTES,
  INLINE_ITEM_BYTES,
  reportItemSize,
  withReportBodies,
} from '../../functions/shared/store/report-bodies-store.js';
import { type StoredReport, StoredReportInvalidError } from '../../functions/shared/model/stored-report.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import { objectRefFactory, readReportFactory, storedReportFactory } from './factories.js';
import { memoryReportBodies } from './memory-report-bodies.js';
import { describeReportStoreContract } from './report-store-contract.js';

const NARRATIVE = '本单位坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。';

function paragraphs(count: number, tag = ''): Paragraph[] {
  return Array.from({ length: count }, (_, i) => ({ text: `${tag}${i}${NARRATIVE}`, section: '一', at: { line: i + 1 } }));
}

function reportWith(narrative: Paragraph[], version = 'v1'): StoredReport {
  return storedReportFactory({
    source: objectRefFactory({ version }),
    report: readReportFactory({ paragraphs: narrative }),
  });
}

/** A report whose item is exactly `size` bytes: the last paragraph padded with ASCII (one byte a character). */
function reportOfSize(size: number): StoredReport {
  const narrative = paragraphs(1_500);
  const short = reportItemSize(reportWith(narrative));
  const last = narrative.at(-1)!;
  narrative[narrative.length - 1] = { ...last, text: last.text + 'x'.repeat(size - short) };
  return reportWith(narrative);
}

/** Reads a report back through an item pointing to the given body bytes (`bytes`: the length the item records). */
async function readThroughBody(report: StoredReport, body: Uint8Array, bytes = body.length) {
  const { table, bodies, store } = storeWithBodies();
  const ref = { bucket: report.source.bucket, key: `${REPORT_BODY_PREFIX}${report.id}/0123456789abcdef.json`, bytes };
  await bodies.put(ref, body);
  await table.putReportOnce({ ...report, body: ref });
  return store.getReport(report.id);
}

function storeWithBodies() {
  const table = createMemoryReportStore();
  const bodies = memoryReportBodies();
  return { table, bodies, store: withReportBodies(table, bodies) };
}

describeReportStoreContract('memory with bodies', () => withReportBodies(createMemoryReportStore(), memoryReportBodies()));

describe('withReportBodies', () => {
  it('keeps a report whose item is at the threshold inline: no body, every paragraph in the item', async () => {
    const { table, bodies, store } = storeWithBodies();
    const report = reportOfSize(INLINE_ITEM_BYTES);
    expect(await store.putReportOnce(report)).toBe('created');
    expect(bodies.objects.size).toBe(0);
    expect(await table.getReport(report.id)).toEqual(report);
  });

  it('writes a report one byte over it to a body beside the upload, the item keeping an excerpt and a pointer', async () => {
    const { table, bodies, store } = storeWithBodies();
    const report = reportOfSize(INLINE_ITEM_BYTES + 1);
    expect(await store.putReportOnce(report)).toBe('created');
    const item = await table.getReport(report.id);
    expect(item?.body).toEqual({
      bucket: report.source.bucket,
      key: expect.stringMatching(new RegExp(`^${REPORT_BODY_PREFIX}${report.id}/[0-9a-f]{16}\\.json\\.gz$`)),
      bytes: expect.any(Number),
    });
    const stored = bodies.objects.get(`${item?.body?.bucket}/${item?.body?.key}`) ?? new Uint8Array();
    expect(stored.length).toBe(item?.body?.bytes);
    expect(gunzipSync(stored).toString()).toBe(JSON.stringify(report.report));
    expect([...bodies.objects.keys()]).toEqual([`${item?.body?.bucket}/${item?.body?.key}`]);
    const excerpt = item?.report?.paragraphs ?? [];
    expect(excerpt).toEqual(report.report?.paragraphs.slice(0, excerpt.length));
    expect(Buffer.byteLength(excerpt.map((paragraph) => paragraph.text).join(''))).toBeLessThanOrEqual(EXCERPT_BYTES);
    expect(excerpt.length).toBeGreaterThan(0);
    expect({ ...item, body: undefined, report: { ...item?.report, paragraphs: [] } }).toEqual({
      ...report,
      body: undefined,
      report: { ...report.report, paragraphs: [] },
    });
  });

  it('stores a report of 5 MB in an item well under DynamoDB’s limit, and reads every paragraph back', async () => {
    const { table, store } = storeWithBodies();
    const report = reportWith(paragraphs(50_000));
    expect(Buffer.byteLength(JSON.stringify(report))).toBeGreaterThan(5_000_000);
    await store.putReportOnce(report);
    const item = await table.getReport(report.id);
    expect(dynamoItemSize({ ...item })).toBeLessThan(DYNAMO_ITEM_LIMIT / 10);
    expect(await store.getReport(report.id)).toEqual(report);
  });

  it('returns the full report from every read, without the pointer', async () => {
    const { store } = storeWithBodies();
    const large = reportWith(paragraphs(5_000), 'large');
    const small = reportWith(paragraphs(3), 'small');
    for (const report of [large, small]) await store.putReportOnce(report);
    expect(await store.getReport(large.id)).toEqual(large);
    expect(await store.latestFor('tianqiao', 2024)).toEqual(await store.getReport(small.id));
    const byId = (list: StoredReport[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await store.reportsForYear(2024))).toEqual(byId([large, small]));
    expect(byId(await store.allReports())).toEqual(byId([large, small]));
    expect(await store.saveValidation(large.id, { findings: [], skipped: [] }, '2025-02-01T09:00:00.000Z')).toBe('saved');
    expect((await store.getReport(large.id))?.report).toEqual(large.report);
  });

  it('reads the item alone when asked: the excerpt and the pointer, no body read, even one that is gone', async () => {
    const { table, bodies, store } = storeWithBodies();
    const large = reportWith(paragraphs(5_000), 'large');
    const small = reportWith(paragraphs(3), 'small');
    for (const report of [large, small]) await store.putReportOnce(report);
    const item = await table.getReport(large.id);
    bodies.objects.clear();
    expect(await store.getReport(large.id, 'item')).toEqual(item);
    expect(await store.getReport(small.id, 'item')).toEqual(small);
    expect(await store.latestFor('tianqiao', 2024, 'item')).toEqual(await store.getReport(small.id, 'item'));
    const ids = (list: StoredReport[]) => list.map((report) => report.id).sort();
    expect(ids(await store.reportsForYear(2024, 'item'))).toEqual(ids([large, small]));
    expect((await store.allReports('item')).find((report) => report.id === large.id)?.body).toEqual(item?.body);
    await expect(store.getReport(large.id)).rejects.toThrow(ReportBodyMissingError);
  });

  it('stores a duplicate once, and a duplicate read differently never replaces the body its item points to', async () => {
    const { table, bodies, store } = storeWithBodies();
    const report = reportWith(paragraphs(5_000));
    expect(await store.putReportOnce(report)).toBe('created');
    expect(await store.putReportOnce(report)).toBe('duplicate');
    expect(bodies.objects.size).toBe(1);
    const reread = { ...report, report: readReportFactory({ paragraphs: paragraphs(5_000, '重读') }) };
    expect(await store.putReportOnce(reread)).toBe('duplicate');
    expect(await store.getReport(report.id)).toEqual(report);
    const pointer = (await table.getReport(report.id))?.body;
    const kept = Buffer.from(bodies.objects.get(`${pointer?.bucket}/${pointer?.key}`) ?? []);
    expect(gunzipSync(kept).equals(Buffer.from(JSON.stringify(report.report)))).toBe(true);
  });

  it('hands out copies: changing a read report does not change the next read', async () => {
    const { store } = storeWithBodies();
    const report = reportWith(paragraphs(5_000));
    await store.putReportOnce(report);
    (await store.getReport(report.id))?.report?.paragraphs.splice(0);
    expect(await store.getReport(report.id)).toEqual(report);
  });

  it('reads bodies written as plain JSON before they were compressed, and compressed ones', async () => {
    const report = reportWith(paragraphs(5_000));
    const json = JSON.stringify(report.report);
    expect(await readThroughBody(report, Buffer.from(json))).toEqual(report);
    expect(await readThroughBody(report, gzipSync(json))).toEqual(report);
  });

  it('throws when the body is gone or is not the one written, never returning the excerpt as the report', async () => {
    const report = reportWith(paragraphs(5_000));
    const json = JSON.stringify(report.report);
    const read = (body: string | Uint8Array, bytes?: number) => readThroughBody(report, Buffer.from(body), bytes);
    await expect(read(`[${json.slice(1)}`)).rejects.toThrow(/not JSON/);
    await expect(read(gzipSync(`[${json.slice(1)}`))).rejects.toThrow(/not JSON/);
    await expect(read(gzipSync(json).subarray(0, 1_000))).rejects.toThrow(/not JSON/);
    await expect(read(gzipSync(json.replace('"section":"一"', '"section":"七"')))).rejects.toThrow(StoredReportInvalidError);
    await expect(read(gzipSync(json), gzipSync(json).length + 1)).rejects.toThrow(/bytes, the item says/);
    const { table, store } = storeWithBodies();
    await table.putReportOnce({ ...report, body: { bucket: 'uploads', key: `${REPORT_BODY_PREFIX}gone.json.gz`, bytes: 9 } });
    await expect(store.allReports()).rejects.toThrow(ReportBodyMissingError);
  });

  it('keeps bodies out of the upload prefix, so writing one never starts parse', () => {
    expect(REPORT_BODY_PREFIX.startsWith(UPLOAD_PREFIX) || UPLOAD_PREFIX.startsWith(REPORT_BODY_PREFIX)).toBe(false);
  });
});

describe('dynamoItemSize', () => {
  it('counts names and values in UTF-8, numbers by digits, and list and map overheads', () => {
    expect(dynamoItemSize({ pk: 'REPORT#1' })).toBe(2 + 8);
    expect(dynamoItemSize({ 年: '报告' })).toBe(3 + 6);
    expect(dynamoItemSize({ n: 12345, ok: true, none: null })).toBe(1 + 4 + 2 + 1 + 4 + 1);
    expect(dynamoItemSize({ list: ['a', 7] })).toBe(4 + 3 + 2 + 1 + 2);
    expect(dynamoItemSize({ map: { a: 'b', skip: undefined } })).toBe(3 + 3 + 1 + 2);
  });
});
