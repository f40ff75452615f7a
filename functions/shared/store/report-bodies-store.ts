import { constants, gunzipSync, gzipSync } from 'node:zlib';
import * as z from 'zod';
import { dynamoItemSize } from './item-size.js';
import { type Paragraph, type ReadReport, readReportSchema } from '../model/report.js';
import { type ReportBodies, type ReportBodyRef, reportBodyKey } from './report-body.js';
import { shortHash } from '../short-hash.js';
import type { ReportRead, ReportStore } from './store.js';
import { type StoredReport, StoredReportInvalidError, storedReportSchema } from '../model/stored-report.js';
import { byYearKeys, reportKey } from './table-design.js';

/**
 * An item larger than this keeps only an excerpt of its paragraphs: the rest of DynamoDB's 400 KB is headroom for
 * what later stages add to the item (the rules' findings, who was mailed).
 */
export const INLINE_ITEM_BYTES = 300_000;
/** The paragraphs an item keeps (from the start, whole) when its full report is in a body. */
export const EXCERPT_BYTES = 16_000;
const utf8 = new TextEncoder();

/**
 * ReportStore over another store and a body port, for reports of any size up to the upload limit: a report whose
 * item would pass INLINE_ITEM_BYTES has its full report written as a body first (an idempotent put, see
 * ReportBodies), then its item stored with everything but its paragraphs cut to an excerpt, and a pointer. Tables
 * and findings stay in the item. A full read (ReportRead) returns the full report, as it was put, without the
 * pointer; an item read returns the item with its excerpt and pointer, reading no body.
 */
export function withReportBodies(store: ReportStore, bodies: ReportBodies): ReportStore {
  // Parsed anew on every read, never kept: each caller owns its copy, and a stage reads a body once (its own
  // report), the other reads asking for the item only.
  const bodyOf = async (ref: ReportBodyRef): Promise<ReadReport> =>
    parseBody(await bodies.get(ref), `s3://${ref.bucket}/${ref.key}`, ref.bytes);
  const full = async (stored: StoredReport): Promise<StoredReport> => {
    const { body, ...item } = stored;
    return body ? { ...item, report: await bodyOf(body) } : stored;
  };
  const as = (read: ReportRead = 'full') => async (stored: StoredReport) => (read === 'item' ? stored : full(stored));
  const oneAs = async (stored: StoredReport | undefined, read?: ReportRead) => stored && as(read)(stored);
  const allAs = (reports: StoredReport[], read?: ReportRead) => Promise.all(reports.map(as(read)));

  return {
    ...store, // status changes, follow-ups and review marks never carry a report: the table's own
    async putReportOnce(report) {
      const valid = storedReportSchema.parse(report);
      const { report: read } = valid;
      if (!read || (!textPasses(read.paragraphs) && reportItemSize(valid) <= INLINE_ITEM_BYTES)) {
        return store.putReportOnce(valid);
      }
      // Compressed, fast: a report this large repeats itself (copies-9.5mb of scripts/fuzz/hostile-cases.ts: 15.6 MB
      // of JSON, 1 MB), so the body costs a fraction of the time to send, store, fetch and hash (its bytes name it).
      const bytes = gzipSync(JSON.stringify(read), { level: constants.Z_BEST_SPEED });
      const body = { bucket: valid.source.bucket, key: reportBodyKey(valid.id, shortHash(bytes)), bytes: bytes.length };
      await bodies.put(body, bytes); // before the item: an item never points to a body not yet written
      return store.putReportOnce({ ...valid, report: { ...read, paragraphs: excerptOf(read.paragraphs) }, body });
    },
    getReport: async (id, read) => oneAs(await store.getReport(id), read),
    latestFor: async (agencyId, year, read) => oneAs(await store.latestFor(agencyId, year), read),
    reportsForYear: async (year, read) => allAs(await store.reportsForYear(year), read),
    allReports: async (read) => allAs(await store.allReports(), read),
  };
}

/** The item the DynamoDB store would write for a report, measured as DynamoDB measures it (keys included). */
export function reportItemSize(report: StoredReport): number {
  return dynamoItemSize({ ...report, ...reportKey(report.id), ...byYearKeys(report) });
}

/**
 * True when the paragraphs' text alone passes INLINE_ITEM_BYTES, so the item would too: a report of megabytes is
 * then told from the start of its text, not measured whole (reportItemSize walks every value).
 */
function textPasses(paragraphs: readonly Paragraph[]): boolean {
  let bytes = 0;
  for (const { text } of paragraphs) if ((bytes += Buffer.byteLength(text)) > INLINE_ITEM_BYTES) return true;
  return false;
}

/** The first paragraphs, whole, within EXCERPT_BYTES of text. */
function excerptOf(paragraphs: readonly Paragraph[]): Paragraph[] {
  let left = EXCERPT_BYTES;
  const excerpt: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    left -= utf8.encode(paragraph.text).length;
    if (left < 0) break;
    excerpt.push(paragraph);
  }
  return excerpt;
}

/** A body read back, checked: its length is the one the item recorded, and it is a report. */
function parseBody(bytes: Uint8Array, where: string, length: number): ReadReport {
  if (bytes.length !== length) {
    throw new StoredReportInvalidError(`report body ${where}: ${bytes.length} bytes, the item says ${length}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(isGzip(bytes) ? gunzipSync(bytes) : bytes));
  } catch (error) {
    throw new StoredReportInvalidError(`report body ${where}: not JSON (${(error as Error).message})`);
  }
  const result = readReportSchema.safeParse(json);
  if (!result.success) throw new StoredReportInvalidError(`report body ${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** gzip's magic number. A body written before bodies were compressed is plain JSON, which never starts so. */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
