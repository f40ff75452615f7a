import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { besideBundle } from '../../lib/constructs/bundle-settings.js';
import { PipelineFunction } from '../../lib/constructs/pipeline-function.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const outdir = mkdtempSync(join(tmpdir(), 'nianbao-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Synthesizes one function with real bundling (esbuild and the hooks, as `cdk synth` runs them); its asset dir. */
function bundledAsset(entry: string): string {
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bundled');
  new PipelineFunction(stack, 'Fn', { entry });
  app.synth();
  const [asset] = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
  if (!asset) throw new Error('no asset synthesized');
  return join(outdir, asset);
}

describe('PipelineFunction bundling', () => {
  it('ships pdfjs beside the parse bundle, under the paths its dynamic import names, and a lean map', () => {
    const asset = bundledAsset('functions/parse/handler.ts');
    const bundle = readFileSync(join(asset, 'index.mjs'), 'utf8');
    expect(bundle).toContain('import("pdfjs-dist/legacy/build/pdf.mjs")');
    expect(bundle).not.toContain('GlobalWorkerOptions'); // in pdfjs's own code, kept by minification
    const [pdfjs] = besideBundle('functions/parse/handler.ts');
    for (const [shipped, source] of Object.entries(pdfjs!.files)) {
      const path = join(asset, 'node_modules', 'pdfjs-dist', shipped);
      expect(existsSync(path), shipped).toBe(true);
      expect(statSync(path).size).toBe(statSync(join(ROOT, 'node_modules', 'pdfjs-dist', source)).size);
    }
    expect(statSync(join(asset, 'index.mjs')).size).toBeLessThan(2_000_000);
    // --enable-source-maps parses the map at cold start: mappings only, not a copy of every source.
    const map = JSON.parse(readFileSync(join(asset, 'index.mjs.map'), 'utf8'));
    expect(map.mappings.length).toBeGreaterThan(0);
    expect(map.sourcesContent).toBeUndefined();
  }, 120_000);
});
