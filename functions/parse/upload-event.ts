import * as z from 'zod';
import type { ObjectRef } from '../shared/model/stored-report.js';
import { ETAG_VERSION_PREFIX } from '../shared/aws/aws-clients.js';

/**
 * The fields of an S3 ObjectCreated event the parse stage reads, and nothing else: Powertools' S3Schema requires
 * an IPv4 sourceIPAddress, which events from a local emulator on ::1 do not have.
 */
export const uploadEventSchema = z.object({
  Records: z.array(
    z.object({
      s3: z.object({
        bucket: z.object({ name: z.string().min(1) }),
        object: z.object({
          key: z.string().min(1),
          versionId: z.string().min(1).optional(),
          eTag: z.string().min(1).optional(),
        }),
      }),
    }),
  ),
});

/** S3 event keys are URL-encoded with `+` for spaces; Chinese file names are the norm here. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The object identity of each record: the version id, or the ETag where versioning is off. */
export function objectRefsOf(event: unknown): ObjectRef[] {
  return uploadEventSchema.parse(event).Records.map(({ s3 }) => {
    const { versionId, eTag } = s3.object;
    const version = versionId ?? (eTag && `${ETAG_VERSION_PREFIX}${eTag}`);
    if (!version) throw new Error(`S3 event for ${s3.object.key} has neither versionId nor eTag`);
    return { bucket: s3.bucket.name, key: decodeS3Key(s3.object.key), version };
  });
}
