import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { LocalPipeline } from '../pipeline.js';
import { followUploads, type Tracked } from './progress.js';
import { listFiles } from './upload-plan.js';
import { planFile, uploadPlanned } from './uploads.js';

export interface WatchOptions {
  districts: readonly DistrictConfig[];
  print: (line: string) => void;
  signal: AbortSignal;
  /** How often the folder is listed; a file is taken once its size and time stay the same between two looks. */
  pollMs?: number;
  /** After each look: the run writes the emails sent so far to its outbox. */
  afterLook?: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Size and modification time, or undefined when the file went away between listing and looking. */
async function stamp(path: string): Promise<string | undefined> {
  try {
    const { size, mtimeMs } = await stat(path);
    return `${size}/${mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * --watch DIR: uploads every file in DIR, those already there first, each once it is completely written (the same
 * size and time at two looks), matched to an agency by its title, and prints its progress until the signal aborts
 * (Ctrl-C). A file is uploaded once per run, whatever happens to it later. Resolves false if reports were still
 * moving when it stopped.
 */
export async function watchDirectory(
  dir: string,
  pipeline: LocalPipeline,
  tracked: Tracked[],
  options: WatchOptions,
): Promise<boolean> {
  const pollMs = options.pollMs ?? 500;
  const taken = new Set(tracked.map((one) => resolve(one.upload.path)));
  const lastSeen = new Map<string, string>();
  let done = true;
  while (!options.signal.aborted) {
    for (const path of await listFiles([dir])) {
      const key = resolve(path);
      if (taken.has(key)) continue;
      const now = await stamp(path);
      if (now === undefined || lastSeen.get(key) !== now) {
        if (now !== undefined) lastSeen.set(key, now);
        continue; // new or still growing: looked at again next time
      }
      taken.add(key);
      const plan = await planFile(path, options.districts, false);
      tracked.push(await uploadPlanned(pipeline, plan));
      options.print(`  ${'UPLOADED'.padEnd(10)} ${plan.district.id}/${plan.agencyId}/${plan.fileName}`);
    }
    done = await followUploads(pipeline, tracked, { timeoutMs: pollMs, print: options.print, signal: options.signal });
    await options.afterLook?.();
    if (done) await sleep(pollMs);
  }
  return done;
}
