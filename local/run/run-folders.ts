import { mkdir, readdir, rm, symlink, rename } from 'node:fs/promises';
import { join } from 'node:path';

/** A run's folder name: its start time, sortable, safe on every file system (`2026-12-06T06-18-04Z`). */
export function runName(started: Date): string {
  return started.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

const RUN = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ(-\d+)?$/;

/**
 * Creates `root/<name>` for a new run (`<name>-2` … when a run started in the same second) and points `root/latest`
 * at it; returns the folder. Earlier runs' folders are left as they are.
 */
export async function newRunFolder(root: string, name: string): Promise<string> {
  await mkdir(root, { recursive: true });
  for (let n = 1; ; n += 1) {
    const folder = n === 1 ? name : `${name}-${n}`;
    try {
      await mkdir(join(root, folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    // A new link renamed over the old one: `latest` never goes missing, whatever another run does meanwhile.
    const next = join(root, `.latest-${process.pid}`);
    await rm(next, { force: true });
    await symlink(folder, next, 'dir');
    await rename(next, join(root, 'latest'));
    return join(root, folder);
  }
}

/** Deletes all but the newest `keep` run folders under root (the logs' rotation); other entries are not touched. */
export async function pruneRuns(root: string, keep: number): Promise<void> {
  const runs = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && RUN.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const old of runs.slice(0, Math.max(0, runs.length - keep))) await rm(join(root, old), { recursive: true });
}
