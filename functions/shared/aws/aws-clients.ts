import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoReportStore } from './dynamo-store.js';
import { withReportBodies } from '../store/report-bodies-store.js';
import { s3ReportBodies } from './s3-report-bodies.js';
import type { ReportStore } from '../store/store.js';
import type { ObjectRef } from '../model/stored-report.js';

// The S3 side of the SDK clients. Endpoints come from the SDK's own variables (AWS_ENDPOINT_URL_S3, …), which the
// local pipeline sets to its emulators; nothing here knows about them except path-style S3 (see s3Client). The
// Lambdas' store is store-from-env.ts, which imports this module only when a report has a body.

/**
 * A district's ReportStore: its table, and the bodies of reports too large for an item in the bucket they were
 * uploaded to. The local pipeline and the dashboard build it here.
 */
export function createReportStore(clients: {
  dynamo: DynamoDBDocumentClient;
  s3: S3Client;
  tableName: string;
}): ReportStore {
  const table = createDynamoReportStore({ client: clients.dynamo, tableName: clients.tableName });
  return withReportBodies(table, s3ReportBodies(clients.s3));
}

/** An S3 client; emulators answer on localhost, where bucket sub-domains do not resolve: path-style there only. */
export function s3Client(options: S3ClientConfig = {}): S3Client {
  return new S3Client({ forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3), ...options });
}

/** Where versioning is off, ObjectRef.version holds the ETag behind this prefix (see objectRefOf). */
export const ETAG_VERSION_PREFIX = 'etag:';

export interface StoredObject {
  bytes: Uint8Array;
  /** ISO 8601: when S3 stored this version. */
  lastModified: string;
}

export interface ObjectReader {
  get(ref: ObjectRef): Promise<StoredObject>;
}

/**
 * Reads the exact version an event names (or the current object, where versioning is off). Of an object larger than
 * maxBytes only the first maxBytes + 1 bytes are read: enough for the reader to reject it by size, without holding a
 * 3 GB upload in memory (which would crash the function and park the event instead of mailing the clerk).
 */
export function s3Objects(
  client = s3Client(),
  maxBytes = Number.POSITIVE_INFINITY,
): ObjectReader {
  return {
    async get(ref) {
      const versioned = !ref.version.startsWith(ETAG_VERSION_PREFIX);
      const output = await client.send(
        new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...(versioned && { VersionId: ref.version }) }),
      );
      if (!output.Body || !output.LastModified) throw new Error(`s3://${ref.bucket}/${ref.key}: no body or date`);
      const bytes =
        (output.ContentLength ?? 0) > maxBytes && isStream(output.Body)
          ? await readPrefix(output.Body, maxBytes + 1)
          : await output.Body.transformToByteArray();
      return { bytes, lastModified: output.LastModified.toISOString() };
    },
  };
}

// In Node the SDK's body is a Readable, which is async-iterable.
const isStream = (body: object): body is AsyncIterable<Uint8Array> => Symbol.asyncIterator in body;

/** The first `limit` bytes of a body stream; the rest is never downloaded (leaving the loop destroys the stream). */
async function readPrefix(body: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const prefix = new Uint8Array(limit);
  let filled = 0;
  for await (const chunk of body) {
    const part = chunk.subarray(0, limit - filled);
    prefix.set(part, filled);
    filled += part.length;
    if (filled === limit) break;
  }
  return prefix.subarray(0, filled);
}
