import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { besideBundle, SOURCE_MAPS } from '../../lib/constructs/bundle-settings.js';
import { PipelineFunction } from '../../lib/constructs/pipeline-function.js';
import { testApp } from './test-app.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const outdir = mkdtempSync(join(tmpdir(), 'nianbao-cdk-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Synthesizes functions with real bundling (as `cdk synth` runs it); each one's asset dir, by entry. */
function bundledAssets(...entries: string[]): Map<string, string> {
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bundled');
  const functions = entries.map((entry, index) => new PipelineFunction(stack, `Fn${index}`, { entry }));
  const template = Template.fromStack(stack);
  app.synth();
  return new Map(
    entries.map((entry, index) => {
      const logicalId = stack.getLogicalId(functions[index]!.node.defaultChild as CfnFunction);
      const key = template.findResources('AWS::Lambda::Function')[logicalId]?.Properties.Code.S3Key;
      if (typeof key !== 'string') throw new Error(`no asset synthesized for ${entry}`);
      return [entry, join(outdir, `asset.${key.replace(/\.zip$/, '')}`)];
    }),
  );
}

let parseAsset: string | undefined;
const bundledParse = () => (parseAsset ??= bundledAssets('functions/parse/handler.ts').get('functions/parse/handler.ts')!);

describe('PipelineFunction bundling', () => {
  it('ships pdfjs beside the parse bundle, under the paths its dynamic import names, and lean maps', () => {
    const asset = bundledParse();
    const code = readdirSync(asset, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.mjs') && !path.startsWith('node_modules'));
    const bundle = code.map((path) => readFileSync(join(asset, path), 'utf8')).join('\n');
    expect(code).toContain('index.mjs');
    expect(bundle).toContain('import("pdfjs-dist/legacy/build/pdf.mjs")');
    expect(bundle).not.toContain('GlobalWorkerOptions'); // in pdfjs's own code, kept by minification
    const [pdfjs] = besideBundle('functions/parse/handler.ts');
    for (const [shipped, source] of Object.entries(pdfjs!.files)) {
      const path = join(asset, 'node_modules', 'pdfjs-dist', shipped);
      expect(existsSync(path), shipped).toBe(true);
      expect(statSync(path).size).toBe(statSync(join(ROOT, 'node_modules', 'pdfjs-dist', source)).size);
    }
    expect(statSync(join(asset, 'index.mjs')).size).toBeLessThan(2_000_000);
    // Under --enable-source-maps Node parses each map as its file loads: mappings only, not a copy of every source.
    const maps = code.map((path) => JSON.parse(readFileSync(join(asset, `${path}.map`), 'utf8')));
    expect(maps[code.indexOf('index.mjs')].mappings.length).toBeGreaterThan(0);
    for (const map of maps) expect(map.sourcesContent).toBeUndefined();
  }, 120_000);

  it('splits a format reader into a chunk of its own, imported only when such a file comes in', () => {
    const asset = bundledParse();
    const index = readFileSync(join(asset, 'index.mjs'), 'utf8');
    const chunks = readdirSync(join(asset, 'chunks')).filter((name) => name.endsWith('.mjs'));
    const docx = chunks.find((name) => name.startsWith('read-docx-'));
    expect(docx).toBeDefined();
    expect(index).toContain(`import("./chunks/${docx}")`);
    expect(index).not.toMatch(new RegExp(`from\\s*"\\./chunks/${docx}"`));
  }, 120_000);

  it('bundles each function from its own entry, though the bundling options differ only in it', () => {
    const assets = bundledAssets('functions/validate/handler.ts', 'functions/notify/handler.ts');
    const [validate, notify] = [...assets.values()];
    expect(validate).not.toBe(notify);
    expect(statSync(join(validate!, 'index.mjs')).size).not.toBe(statSync(join(notify!, 'index.mjs')).size);
  }, 120_000);

  it.each([
    [undefined, undefined],
    ['true', SOURCE_MAPS.nodeOptions],
    [true, SOURCE_MAPS.nodeOptions],
    ['false', undefined],
  ])('reads source maps at cold start only when the context asks for them (sourceMaps=%s)', (value, nodeOptions) => {
    const app = testApp();
    if (value !== undefined) app.node.setContext(SOURCE_MAPS.context, value);
    const stack = new Stack(app, 'Unbundled');
    new PipelineFunction(stack, 'Fn', { entry: 'functions/validate/handler.ts', environment: { TABLE_NAME: 't' } });
    const [fn] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
    expect(fn?.Properties.Environment.Variables).toEqual({ TABLE_NAME: 't', ...(nodeOptions && { NODE_OPTIONS: nodeOptions }) });
  });

  it('refuses a sourceMaps context that is no boolean', () => {
    const app = testApp();
    app.node.setContext(SOURCE_MAPS.context, 'maybe');
    expect(() => new PipelineFunction(new Stack(app, 'Unbundled'), 'Fn', { entry: 'functions/validate/handler.ts' })).toThrow();
  });
});
