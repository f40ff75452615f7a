import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { z } from 'zod';
import { BUNDLE_FILE, besideBundle, bundleOptions } from '../lib/constructs/bundle-settings.js';
import { FUNCTIONS } from '../pipeline/functions.js';

const childReadSchema = z.object({
  status: z.enum(['parsed', 'rejected']),
  /** The reader's finding ids, sorted, each once. */
  rules: z.array(z.string()),
  /** A rejection's S-FORMAT message. */
  message: z.string().optional(),
  ms: z.number(),
  peakRssMb: z.number(),
});
export type ChildRead = z.infer<typeof childReadSchema>;
/** The child died, hung past the timeout or printed no outcome: what the fuzz run counts as a crash or a hang. */
export type ChildFailure = { status: 'failed'; reason: string };

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./fresh-read-child.mjs', import.meta.url));
const READER = 'functions/parse/read-report.ts';

let bundled: string | undefined;
/**
 * readReport bundled as the parse function is (bundle-settings.ts, pdf.js beside it), once per run: a Lambda loads
 * that, not tsx's transform of the sources, which alone takes some 300 MB more for pdf.js. Under .nianbao/ so that
 * pdf.js, left out of the bundle, resolves from the project's node_modules.
 */
function readerBundle(): string {
  if (bundled) return bundled;
  const outdir = join(ROOT, '.nianbao/bench/reader');
  rmSync(outdir, { recursive: true, force: true });
  buildSync(bundleOptions(ROOT, READER, outdir, besideBundle(FUNCTIONS.parse.entry)));
  bundled = join(outdir, BUNDLE_FILE);
  return bundled;
}

/**
 * Reads one file through readReport in a fresh Node process (fresh-read-child.mjs) and returns the outcome, the
 * read's time and the process's peak RSS: Node and the bundled reader included, as a Lambda's would be.
 */
export function readInFreshProcess(
  file: { name: string; bytes: Uint8Array },
  timeoutMs = 60_000,
): ChildRead | ChildFailure {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-peak-'));
  const path = join(dir, 'upload');
  try {
    writeFileSync(path, file.bytes);
    const child = spawnSync(process.execPath, [CHILD], {
      cwd: ROOT,
      input: JSON.stringify({ path, name: file.name, bundle: readerBundle() }),
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (child.signal) return { status: 'failed', reason: `killed by ${child.signal} (timeout ${timeoutMs} ms)` };
    const parsed = childReadSchema.safeParse(lastJsonLine(child.stdout));
    if (child.status !== 0 || !parsed.success) {
      return { status: 'failed', reason: `exit ${child.status}: ${child.stderr.trim().slice(-300)}` };
    }
    return parsed.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lastJsonLine(stdout: string): unknown {
  try {
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
  } catch {
    return undefined;
  }
}
