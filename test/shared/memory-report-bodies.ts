import { type ReportBodies, type ReportBodyRef, ReportBodyMissingError } from '../../functions/shared/store/report-body.js';

/** Report bodies in memory, as S3 keeps them: a put where an object exists leaves it (If-None-Match). */
export function memoryReportBodies() {
  const objects = new Map<string, Uint8Array>();
  const where = (ref: ReportBodyRef) => `${ref.bucket}/${ref.key}`;
  const bodies: ReportBodies & { objects: Map<string, Uint8Array> } = {
    objects,
    async put(ref, bytes) {
      if (!objects.has(where(ref))) objects.set(where(ref), bytes.slice());
    },
    async get(ref) {
      const bytes = objects.get(where(ref));
      if (!bytes) throw new ReportBodyMissingError(ref, 'NoSuchKey');
      return bytes.slice();
    },
  };
  return bodies;
}
