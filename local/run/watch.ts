import { watch } from 'node:fs';
import { join } from 'node:path';
import type { DistrictConfig } from '../../functions/shared/district.js';
import type { LocalPipeline } from '../pipeline.js';
import { followUploads, type Tracked } from './progress.js';
import { listFiles } from './upload-plan.js';
import { planFile, uploadPlanned } from './uploads.js';

/**
 * --watch DIR: uploads every file that appears in DIR (matched to an agency by its title) and prints its progress,
 * until the signal aborts (Ctrl-C). Resolves false if reports were still moving when it stopped.
 */
export async function watchDirectory(
  dir: string,
  pipeline: LocalPipeline,
  tracked: Tracked[],
  options: { districts: readonly DistrictConfig[]; print: (line: string) => void; signal: AbortSignal },
): Promise<boolean> {
  const seen = new Set((await listFiles([dir])).map((path) => join(path)));
  let changed = false;
  const watcher = watch(dir, () => (changed = true));
  try {
    let done = true;
    while (!options.signal.aborted) {
      if (changed) {
        changed = false;
        // A file still being written is picked up on its next change event.
        await new Promise((resolve) => setTimeout(resolve, 300));
        for (const path of await listFiles([dir])) {
          if (seen.has(path)) continue;
          seen.add(path);
          const plan = await planFile(path, options.districts, false);
          tracked.push(await uploadPlanned(pipeline, plan));
          options.print(`  ${'UPLOADED'.padEnd(10)} ${plan.district.id}/${plan.agencyId}/${plan.fileName}`);
        }
      }
      done = await followUploads(pipeline, tracked, { timeoutMs: 1_000, print: options.print, signal: options.signal });
      if (done) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return done;
  } finally {
    watcher.close();
  }
}
