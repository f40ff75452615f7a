import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type ReportBodies, ReportBodyMissingError } from '../store/report-body.js';

/** S3's answers for an object that is not there (AccessDenied where the caller may not list the bucket). */
const MISSING = new Set(['NoSuchKey', 'AccessDenied']);

/**
 * Report bodies as S3 objects. A put is conditional (If-None-Match): the key names the content, so an object
 * already there holds these bytes and is left as it is, with no second version in the versioned bucket.
 */
export function s3ReportBodies(client: S3Client): ReportBodies {
  return {
    async put(ref, bytes) {
      const put = new PutObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        Body: bytes,
        ContentType: 'application/gzip', // the bytes as stored: no Content-Encoding that a reader might undo
        IfNoneMatch: '*',
      });
      try {
        await client.send(put);
      } catch (error) {
        if (!(error instanceof Error && error.name === 'PreconditionFailed')) throw error;
      }
    },
    async get(ref) {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
        if (!Body) throw new ReportBodyMissingError(ref, 'no body');
        return await Body.transformToByteArray();
      } catch (error) {
        if (error instanceof Error && MISSING.has(error.name)) throw new ReportBodyMissingError(ref, error.name);
        throw error;
      }
    },
  };
}
