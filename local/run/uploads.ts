import { readReport } from '../../functions/parse/read-report.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import type { LocalPipeline } from '../pipeline.js';
import type { Tracked } from './progress.js';
import { type PlannedUpload, planByFolder, planByTitle, readBytes } from './upload-plan.js';

/** Plans one file: by its examples/<agencyId>/ folder when asked and known, else by the title the reader finds. */
export async function planFile(
  path: string,
  districts: readonly DistrictConfig[],
  byFolder: boolean,
): Promise<PlannedUpload> {
  const planned = byFolder ? planByFolder(path, districts) : undefined;
  if (planned) return planned;
  const bytes = await readBytes(path);
  const read = await readReport({ name: path, bytes });
  const title = read.status === 'parsed' ? [read.report.title, read.report.agency].filter(Boolean).join(' ') : null;
  return planByTitle(path, title, districts);
}

/** Uploads a planned file to `incoming/<agencyId>/<file>` in its district's bucket, starting that stack if needed. */
export async function uploadPlanned(pipeline: LocalPipeline, upload: PlannedUpload): Promise<Tracked> {
  const stack = await pipeline.stackFor(upload.district);
  const key = `${UPLOAD_PREFIX}${upload.agencyId}/${upload.fileName}`;
  await stack.upload(key, await readBytes(upload.path));
  return { upload, stack, key };
}
