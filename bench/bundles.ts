import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import {
  BUNDLE_FILE,
  type BesideBundle,
  besideBundle,
  bundleOptions,
  copyBesideBundle,
} from '../lib/constructs/bundle-settings.js';
import { QUIET_SDK_ENV } from '../local/quiet-sdk.js';
import { FUNCTIONS } from '../pipeline/functions.js';
import { median } from './measure.js';

export const STAGES = ['parse', 'validate', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

export interface BundleFigures {
  bundleBytes: Partial<Record<Stage, number>>;
  coldImportMs: Partial<Record<Stage, number>>;
  notes: string[];
}

/** One bundle as the stack ships it: what every cold start loads, what only some inputs load, and its maps. */
export interface StackBundle {
  file: string;
  /** Bytes of the bundle file and the chunks it imports statically: what every cold start loads. */
  bytes: number;
  /** Bytes of the chunks loaded only when a dynamic import runs (a format reader, the report-body client, …). */
  lazyBytes: number;
  /** Bytes of the source maps, which Node reads only under `--enable-source-maps` (bundle-settings.ts). */
  mapBytes: number;
  /** Bytes of the lazily loaded packages copied beside the bundle (bundle-settings.ts): loaded by some inputs only. */
  besideBytes: number;
  metafile: Metafile;
  /** The metafile's outputs every cold start loads: the bundle file and its static imports, transitively. */
  loaded: Metafile['outputs'];
}

/**
 * Bundles `entry` (relative to `root`) into `outdir` as lib/constructs/pipeline-function.ts has the stack do, with
 * the same esbuild options (bundle-settings.ts) and the packages it ships beside the bundle.
 */
export async function bundleLikeStack(
  root: string,
  entry: string,
  outdir: string,
  beside: readonly BesideBundle[] = besideBundle(entry),
): Promise<StackBundle> {
  const { metafile } = await build({ ...bundleOptions(root, entry, outdir, beside), logLevel: 'silent' });
  const besideBytes = copyBesideBundle(beside, root, outdir);
  const file = join(outdir, BUNDLE_FILE);
  const outputs = Object.entries(metafile.outputs);
  const main = outputs.find(([path]) => resolve(path) === file); // metafile paths are relative to the cwd
  if (!main) throw new Error(`esbuild wrote no ${BUNDLE_FILE} in ${outdir}`);
  const loaded = staticallyLoaded(metafile.outputs, main[0]);
  const sum = (entries: Array<[string, { bytes: number }]>) => entries.reduce((total, [, { bytes }]) => total + bytes, 0);
  const code = outputs.filter(([path]) => !path.endsWith('.map'));
  return {
    file,
    bytes: sum(Object.entries(loaded)),
    lazyBytes: sum(code.filter(([path]) => !(path in loaded))),
    mapBytes: sum(outputs.filter(([path]) => path.endsWith('.map'))),
    besideBytes,
    metafile,
    loaded,
  };
}

/** The output `start` and every output it imports statically, transitively (node: built-ins are no outputs). */
function staticallyLoaded(outputs: Metafile['outputs'], start: string): Metafile['outputs'] {
  const loaded: Metafile['outputs'] = {};
  const visit = (path: string) => {
    const output = outputs[path];
    if (!output || path in loaded) return;
    loaded[path] = output;
    for (const { path: imported, kind } of output.imports) if (kind === 'import-statement') visit(imported);
  };
  visit(start);
  return loaded;
}

/**
 * Bundles each stage's handler as the stack does (bundleLikeStack), then times `import()` of each bundle in fresh
 * Node processes with the stack's NODE_OPTIONS (the median of `runs`): the module-load part of a Lambda cold start.
 * Bytes are those a cold start loads (StackBundle.bytes).
 */
export async function measureBundles(root: string, runs = 5): Promise<BundleFigures> {
  const figures: BundleFigures = { bundleBytes: {}, coldImportMs: {}, notes: [] };
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    for (const stage of STAGES) {
      const { entry } = FUNCTIONS[stage];
      const bundle = await bundleLikeStack(root, entry, join(dir, stage));
      figures.bundleBytes[stage] = bundle.bytes;
      figures.notes.push(`${stage} bundle (loaded at cold start), largest parts: ${largestParts(bundle.loaded, 4)}`);
      const lazy = besideBundle(entry).map(({ name }) => name);
      figures.notes.push(
        `${stage}: chunks loaded when needed ${kB(bundle.lazyBytes)}, source maps ${kB(bundle.mapBytes)} (read only ` +
          `with --enable-source-maps)` +
          (lazy.length > 0 ? `, beside the bundle ${lazy.join(', ')} ${kB(bundle.besideBytes)} (imported when needed)` : ''),
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
    ...QUIET_SDK_ENV,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: '', // the stack's default (pipeline-function.ts): no source maps
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
