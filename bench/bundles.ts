import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import {
  BUNDLE_BANNER,
  BUNDLE_MAIN_FIELDS,
  type BesideBundle,
  besideBundle,
  besideBundleCopies,
  SOURCE_MAPS,
} from '../lib/constructs/bundle-settings.js';
import { FUNCTIONS } from '../pipeline/functions.js';
import { median } from './measure.js';

export const STAGES = ['parse', 'validate', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

export interface BundleFigures {
  bundleBytes: Partial<Record<Stage, number>>;
  coldImportMs: Partial<Record<Stage, number>>;
  notes: string[];
}

/** One bundle as the stack ships it: the main file every cold start loads, and the packages shipped beside it. */
export interface StackBundle {
  file: string;
  bytes: number;
  /** Bytes of the source map, which `--enable-source-maps` reads at every cold start. */
  mapBytes: number;
  /** Bytes of the lazily loaded packages copied beside the bundle (bundle-settings.ts): loaded by some inputs only. */
  besideBytes: number;
  metafile: Metafile;
}

/**
 * Bundles `entry` (relative to `root`) into `outdir/index.mjs` as lib/constructs/pipeline-function.ts has the stack
 * do (ESM, minified, every dependency bundled except those bundle-settings.ts ships beside it, which are copied
 * there as the stack's bundling hook does).
 */
export async function bundleLikeStack(
  root: string,
  entry: string,
  outdir: string,
  beside: readonly BesideBundle[] = besideBundle(entry),
): Promise<StackBundle> {
  const file = join(outdir, 'index.mjs');
  const { metafile } = await build({
    entryPoints: [join(root, entry)],
    outfile: file,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'node',
    target: 'node20',
    mainFields: BUNDLE_MAIN_FIELDS,
    sourcemap: true,
    sourcesContent: SOURCE_MAPS.sourcesContent,
    external: beside.map(({ name }) => name),
    banner: { js: BUNDLE_BANNER },
    logLevel: 'silent',
    metafile: true,
  });
  let besideBytes = 0;
  for (const [from, to] of besideBundleCopies(beside, root, outdir)) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    besideBytes += statSync(to).size;
  }
  return { file, bytes: statSync(file).size, mapBytes: statSync(`${file}.map`).size, besideBytes, metafile };
}

/**
 * Bundles each stage's handler as the stack does (bundleLikeStack), then times `import()` of each bundle in fresh
 * Node processes with the stack's NODE_OPTIONS (the median of `runs`): the module-load part of a Lambda cold start.
 * Bytes are the main bundle's.
 */
export async function measureBundles(root: string, runs = 5): Promise<BundleFigures> {
  const figures: BundleFigures = { bundleBytes: {}, coldImportMs: {}, notes: [] };
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    for (const stage of STAGES) {
      const { entry } = FUNCTIONS[stage];
      const bundle = await bundleLikeStack(root, entry, join(dir, stage));
      figures.bundleBytes[stage] = bundle.bytes;
      figures.notes.push(`${stage} bundle, largest parts: ${largestParts(bundle.metafile.outputs, 4)}`);
      const lazy = besideBundle(entry).map(({ name }) => name);
      figures.notes.push(
        `${stage}: beside the bundle, its source map ${kB(bundle.mapBytes)} (read at cold start)` +
          (lazy.length > 0 ? ` and ${lazy.join(', ')} ${kB(bundle.besideBytes)} (imported when needed)` : ''),
      );
      figures.coldImportMs[stage] = median(Array.from({ length: runs }, () => importMs(bundle.file, root)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

function kB(bytes: number): string {
  return `${Math.round(bytes / 1024)} kB`;
}

/** The packages (or our own code) that take the most bytes of a bundle: what to cut first. */
function largestParts(outputs: Metafile['outputs'], count: number): string {
  const bytes = new Map<string, number>();
  for (const output of Object.values(outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const part = match?.[1] ?? 'nianbao code';
      bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([part, size]) => `${part} ${kB(size)}`)
    .join(', ');
}

/** Handlers read their configuration at module scope: give them what the stack would. */
function lambdaEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: SOURCE_MAPS.nodeOptions,
    TABLE_NAME: 'bench-reports',
    IDEMPOTENCY_TABLE_NAME: 'bench-idempotency',
    DISTRICT_CONFIG: readFileSync(join(root, 'config/districts/xicheng.json'), 'utf8'),
  };
}

function importMs(bundle: string, root: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundle).href)});
process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: lambdaEnv(root),
    encoding: 'utf8',
  });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms)) {
    throw new Error(`importing ${bundle} failed: ${child.stderr.slice(0, 500)}`);
  }
  return ms;
}
