import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real reports kept in ../shared/seeds, beside the repository (not in it: they are agencies' own files). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/**
 * Whether the seed suites run. A clone without ../shared skips them, saying so; CI (.ci/run sets REQUIRE_SEEDS=1)
 * always runs them, so there a missing seed fails instead of passing unseen.
 */
export const SEEDS_RUN = process.env.REQUIRE_SEEDS === '1' || existsSync(SEEDS_DIR);
if (!SEEDS_RUN) console.warn(`seed suites skipped: no seeds at ${SEEDS_DIR}`);

/** The path of the seed whose file name starts with `prefix` (000, 003 …); under CI, a missing one fails here. */
export function seedPath(prefix: string): string {
  const name = (existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR) : []).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}* in ${SEEDS_DIR}`);
  return join(SEEDS_DIR, name);
}
