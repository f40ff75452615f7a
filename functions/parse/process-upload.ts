import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import type { DistrictConfig } from '../shared/model/district.js';
import type { ReadResult } from '../shared/model/report.js';
import type { ReportStore } from '../shared/store/store.js';
import type { ReadScan } from './formats/ocr/ocr-scan.js';
import type { ReadLimits } from './read-limits.js';
import type { ObjectRef, StoredReport } from '../shared/model/stored-report.js';
import { reportIdOf } from '../shared/store/table-design.js';

export interface UploadDeps {
  objects: { get(ref: ObjectRef): Promise<{ bytes: Uint8Array; lastModified: string }> };
  store: ReportStore;
  district: DistrictConfig;
  /** functions/parse/read-report.ts `readReport`; injected so tests need not read real files. */
  read: (
    file: { name: string; bytes: Uint8Array },
    limits: Partial<ReadLimits>,
    readScan?: ReadScan,
  ) => Promise<ReadResult>;
  /** OCR of an upload without a text layer (the OCR function, deployed); none: such an upload is refused. */
  ocr?: (ref: ObjectRef) => ReadScan;
}

export type UploadOutcome = 'created' | 'duplicate' | 'ignored';

/** Anything else is not an upload; a nested folder is allowed, the file name is the last segment. */
const UPLOAD_KEY = new RegExp(`^${UPLOAD_PREFIX}([^/]+)/(?:.*/)?([^/]+)$`);

/** Where an upload key says a report comes from, or undefined when the key is not an upload. */
export function uploadPathOf(key: string): { agencyId: string; fileName: string } | undefined {
  const match = UPLOAD_KEY.exec(key);
  return match ? { agencyId: match[1]!, fileName: match[2]! } : undefined;
}

/**
 * Reads one uploaded object and stores it once: PARSED with the report, or REJECTED with the reader's S-FORMAT
 * findings (the object itself is kept). A report from an agency missing from the district config is still read;
 * knownAgency=false lets the digest say so. Infra errors throw, so Lambda retries the event.
 */
export async function processUpload(deps: UploadDeps, ref: ObjectRef): Promise<UploadOutcome> {
  const path = uploadPathOf(ref.key);
  if (!path) return 'ignored';
  const id = reportIdOf(ref);
  // A repeated event skips the read; the conditional put below still guards a race between two deliveries.
  if (await deps.store.getReport(id, 'item')) return 'duplicate';

  const object = await deps.objects.get(ref);
  const result = await deps.read({ name: path.fileName, bytes: object.bytes }, {}, deps.ocr?.(ref));
  const stored: StoredReport = {
    id,
    district: deps.district.id,
    source: ref,
    agencyId: path.agencyId,
    knownAgency: deps.district.agencies.some((agency) => agency.id === path.agencyId),
    fileName: path.fileName,
    uploadedAt: object.lastModified,
    skipped: [],
    ...(result.status === 'parsed'
      ? { status: 'PARSED', report: result.report, findings: result.report.findings }
      : { status: 'REJECTED', findings: result.findings }),
  };
  return deps.store.putReportOnce(stored);
}
