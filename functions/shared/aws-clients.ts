import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoReportStore } from './dynamo-store.js';
import { env } from './env.js';
import type { ReportStore } from './store.js';
import type { ObjectRef } from './stored-report.js';

/**
 * The SDK clients of the Lambdas. Endpoints come from the SDK's own variables (AWS_ENDPOINT_URL_S3, …), which the
 * local pipeline sets to its emulators; nothing here knows about them except path-style S3 (see s3Objects).
 */
export function storeFromEnv(): ReportStore {
  return createDynamoReportStore({
    client: DynamoDBDocumentClient.from(new DynamoDBClient({})),
    tableName: env('TABLE_NAME'),
  });
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

/** Reads the exact version an event names (or the current object, where versioning is off). */
export function s3Objects(
  // Emulators answer on localhost, where bucket sub-domains do not resolve: path-style there only.
  client = new S3Client({ forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3) }),
): ObjectReader {
  return {
    async get(ref) {
      const versioned = !ref.version.startsWith(ETAG_VERSION_PREFIX);
      const output = await client.send(
        new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...(versioned && { VersionId: ref.version }) }),
      );
      if (!output.Body || !output.LastModified) throw new Error(`s3://${ref.bucket}/${ref.key}: no body or date`);
      return { bytes: await output.Body.transformToByteArray(), lastModified: output.LastModified.toISOString() };
    },
  };
}
