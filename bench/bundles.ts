import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { median } from './measure.js';

export const STAGES = ['parse', 'validate', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

export interface BundleFigures {
  bundleBytes: Partial<Record<Stage, number>>;
  coldImportMs: Partial<Record<Stage, number>>;
  notes: string[];
}

/**
 * Bundles each stage's handler as lib/constructs/pipeline-function.ts has the stack do (ESM, minified, every
 * dependency bundled, a `require` for CommonJS dependencies), then times `import()` of each bundle in fresh
 * Node processes (the median of `runs`): the module-load part of a Lambda cold start.
 */
export async function measureBundles(root: string, runs = 5): Promise<BundleFigures> {
  const figures: BundleFigures = { bundleBytes: {}, coldImportMs: {}, notes: [] };
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    for (const stage of STAGES) {
      const entry = join(root, 'functions', stage, 'handler.ts');
      if (!existsSync(entry)) {
        figures.notes.push(`${stage}: no handler yet, not bundled`);
        continue;
      }
      const outfile = join(dir, `${stage}.mjs`);
      const { metafile } = await build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        format: 'esm',
        minify: true,
        platform: 'node',
        target: 'node20',
        mainFields: ['module', 'main'],
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
        logLevel: 'silent',
        metafile: true,
      });
      figures.bundleBytes[stage] = readFileSync(outfile).length;
      figures.notes.push(`${stage} bundle, largest parts: ${largestParts(metafile.outputs, 4)}`);
      figures.coldImportMs[stage] = median(Array.from({ length: runs }, () => importMs(outfile, root)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
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
    .map(([part, size]) => `${part} ${Math.round(size / 1024)} kB`)
    .join(', ');
}

/** Handlers read their configuration at module scope: give them what the stack would. */
function lambdaEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
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
