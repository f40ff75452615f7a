import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeStack } from '../../bench/bundles.js';
import { readReport } from '../../functions/parse/read-report.js';
import { besideBundle } from '../../lib/constructs/bundle-settings.js';
import { FUNCTIONS } from '../../pipeline/functions.js';
import { buildPdf } from '../../corpus/pdf-report-builder.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../support/pdf-sample-2021.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundleLikeStack', () => {
  it('leaves pdfjs out of the parse bundle, and the bundle still reads a PDF through the files shipped beside it', async () => {
    // The reader parse's handler calls, bundled with what ships beside the handler's bundle.
    const bundle = await bundleLikeStack(
      ROOT,
      'functions/parse/read-report.ts',
      join(dir, 'parse'),
      besideBundle('functions/parse/handler.ts'),
    );
    expect(Object.keys(bundle.metafile.inputs).filter((path) => path.includes('pdfjs-dist'))).toEqual([]);
    expect(bundle.besideBytes).toBeGreaterThan(1_000_000);

    const bytes = await buildPdf(sampleReportBlocks(SAMPLE_2021_TABLES));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, bytes);
    const script = `import { readFileSync } from 'node:fs';
const { readReport } = await import(${JSON.stringify(pathToFileURL(bundle.file).href)});
const result = await readReport({ name: 'report.pdf', bytes: new Uint8Array(readFileSync(${JSON.stringify(pdf)})) });
process.stdout.write(JSON.stringify(result));`;
    // The bundle lies outside the project: only the files copied beside it can satisfy its import of pdfjs.
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const inProcess = await readReport({ name: 'report.pdf', bytes });
    expect(inProcess.status).toBe('parsed');
    expect(JSON.parse(child.stdout)).toEqual(JSON.parse(JSON.stringify(inProcess)));
  }, 60_000);

  // Each loaded only by the inputs that need it: a report with a body, a report with an email to send.
  it.each([
    ['validate', ['@aws-sdk/client-s3/']],
    ['notify', ['@aws-sdk/client-s3/', '@aws-sdk/client-sesv2/']],
  ] as const)('%s’s cold start loads neither %j nor zod’s locales, and still imports', async (stage, lazyClients) => {
    const bundle = await bundleLikeStack(ROOT, FUNCTIONS[stage].entry, join(dir, stage));
    const loaded = Object.values(bundle.loaded).flatMap((output) => Object.keys(output.inputs));
    const lazy = Object.entries(bundle.metafile.outputs)
      .filter(([path]) => !(path in bundle.loaded))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(loaded.filter((path) => /zod\/v4\/locales\/(?!en\.)/.test(path))).toEqual([]);
    expect(loaded.some((path) => path.includes('@aws-sdk/client-dynamodb/'))).toBe(true);
    for (const client of lazyClients) {
      expect(loaded.filter((path) => path.includes(client))).toEqual([]);
      expect(lazy.some((path) => path.includes(client))).toBe(true);
    }

    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle.file).href)});
process.stdout.write(typeof handler);`;
    const env = { ...process.env, NODE_OPTIONS: '', AWS_REGION: 'us-east-1' };
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toBe('function');
  }, 60_000);
});
