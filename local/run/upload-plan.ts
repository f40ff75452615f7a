import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Agency, DistrictConfig } from '../../functions/shared/district.js';

/** One file to upload, with the district stack and the agency id of its key `incoming/<agencyId>/<file>`. */
export interface PlannedUpload {
  path: string;
  fileName: string;
  district: DistrictConfig;
  agencyId: string;
}

/** The agency id used for files whose agency no district config names: still processed, flagged by the digest. */
export const UNKNOWN_AGENCY = 'unknown';

/** Every file under the given files and directories, sorted, hidden files skipped. */
export async function listFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && !entry.name.startsWith('.')) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

/** For examples/<agencyId>/<file>: the agency is the folder's name. */
export function planByFolder(path: string, districts: readonly DistrictConfig[]): PlannedUpload | undefined {
  const agencyId = basename(dirname(path));
  const district = districts.find((config) => config.agencies.some((agency) => agency.id === agencyId));
  return district && { path, fileName: basename(path), district, agencyId };
}

/**
 * For any other file: the agency whose name or alias the report's title (or read agency name) contains, the
 * longest match winning; none matches → the first district, agency `unknown`.
 */
export function planByTitle(
  path: string,
  title: string | null,
  districts: readonly DistrictConfig[],
): PlannedUpload {
  const fileName = basename(path);
  const text = title ?? '';
  let best: { district: DistrictConfig; agency: Agency; length: number } | undefined;
  for (const district of districts) {
    for (const agency of district.agencies) {
      for (const name of [agency.name, ...agency.aliases]) {
        if (text.includes(name) && name.length > (best?.length ?? 0)) best = { district, agency, length: name.length };
      }
    }
  }
  const district = best?.district ?? districts[0];
  if (!district) throw new Error('no district config: config/districts/*.json is empty');
  return { path, fileName, district, agencyId: best?.agency.id ?? UNKNOWN_AGENCY };
}

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
