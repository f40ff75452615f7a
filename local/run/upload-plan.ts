import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Agency, type DistrictConfig, districtConfigSchema } from '../../functions/shared/model/district.js';

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
 * Where a local run files a report that names no configured district: a group of its own, shown as such in the
 * summary and on the dashboard, mailed to nobody and in no district's digest. (In the cloud the bucket decides.)
 */
export const UNASSIGNED: DistrictConfig = districtConfigSchema.parse({
  id: 'unassigned',
  name: '未分配（标题未能对应任何区）',
  sender: 'nianbao@unassigned.invalid',
  adminEmails: ['nobody@unassigned.invalid'],
  agencies: [],
});

/** The names a title may use for a district: its configured name, and without the city (北京市西城区 → 西城区). */
function districtNames({ name }: DistrictConfig): string[] {
  const short = name.replace(/^.+?市/u, '');
  return short && short !== name ? [name, short] : [name];
}

/** The longest of the names the text contains, with what it names. */
function longestIn<T>(text: string, candidates: Iterable<[name: string, value: T]>): T | undefined {
  let best: { value: T; length: number } | undefined;
  for (const [name, value] of candidates) {
    if (text.includes(name) && name.length > (best?.length ?? 0)) best = { value, length: name.length };
  }
  return best?.value;
}

/**
 * For any other file, from the report's title (or read agency name): the agency whose name or alias it contains,
 * else the district it names with agency `unknown` (flagged by that district's digest), else UNASSIGNED.
 */
export function planByTitle(
  path: string,
  title: string | null,
  districts: readonly DistrictConfig[],
): PlannedUpload {
  const fileName = basename(path);
  const text = title ?? '';
  const agencies = districts.flatMap((district) =>
    district.agencies.flatMap((agency) =>
      [agency.name, ...agency.aliases].map((name): [string, [DistrictConfig, Agency]] => [name, [district, agency]]),
    ),
  );
  const byAgency = longestIn(text, agencies);
  if (byAgency) return { path, fileName, district: byAgency[0], agencyId: byAgency[1].id };
  const named = districts.flatMap((district) =>
    districtNames(district).map((name): [string, DistrictConfig] => [name, district]),
  );
  return { path, fileName, district: longestIn(text, named) ?? UNASSIGNED, agencyId: UNKNOWN_AGENCY };
}

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
