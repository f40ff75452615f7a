import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeStack } from '../../bench/bundles.js';
import { SCAN_CASES, scanCasePdfs } from '../../corpus/ocr/scan-corpus.js';
import { ocrReplySchema } from '../../functions/ocr/ocr-contract.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { FUNCTIONS } from '../../pipeline/functions.js';

// The OCR function and parse bundled as the stack bundles them (bench/bundles.ts), run outside the project.

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-ocr-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const loadedPaths = (bundle: Awaited<ReturnType<typeof bundleLikeStack>>) =>
  Object.values(bundle.loaded).flatMap((output) => Object.keys(output.inputs));

/** An S3 endpoint that answers every GetObject with these bytes (the SDK reads the object as parse's S3 would). */
async function serveObject(bytes: Uint8Array) {
  const server = createServer((request, response) => {
    response.writeHead(200, {
      'Content-Length': bytes.length,
      'Content-Type': 'application/pdf',
      'Last-Modified': new Date('2025-01-20T08:00:00Z').toUTCString(),
    });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('the OCR function’s bundle', () => {
  // Only Lambda's platform's binaries ship (lib/constructs/bundle-settings.ts): elsewhere the bundle cannot run here.
  const onLambdasPlatform = process.platform === 'linux' && process.arch === 'x64';
  it.runIf(onLambdasPlatform)('reads a scan with only what ships beside it: natives, models, pdfjs', { timeout: 240_000 }, async () => {
    const bundle = await bundleLikeStack(ROOT, FUNCTIONS.ocr.entry, join(dir, 'ocr'));
    const loaded = loadedPaths(bundle);
    for (const name of ['onnxruntime', '@napi-rs/canvas', 'pdfjs-dist']) {
      expect(loaded.filter((path) => path.includes(`node_modules/${name}`))).toEqual([]);
    }
    expect(bundle.besideBytes).toBeGreaterThan(90_000_000); // the natives and the models, not fetched at run time

    const { scan } = await scanCasePdfs(SCAN_CASES[1]!);
    const s3 = await serveObject(scan);
    try {
      const request = { bucket: 'uploads', key: 'incoming/tianqiao/scan.pdf', version: 'v1', kind: 'pdf' };
      const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle.file).href)});
process.stdout.write(JSON.stringify(await handler(${JSON.stringify(request)})));`;
      const env = {
        PATH: process.env.PATH,
        AWS_REGION: 'cn-north-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_ENDPOINT_URL_S3: s3.url,
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        DISTRICT_CONFIG: JSON.stringify(loadDistricts()[0]),
      };
      // Outside the project: only the files copied beside the bundle can satisfy its native and model imports.
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
      const reply = ocrReplySchema.parse(JSON.parse(stdout));
      if (!('pages' in reply)) throw new Error(`not read: ${reply.unreadable}`);
      expect(reply.pages.length).toBeGreaterThan(1);
      const numbers = reply.pages.flatMap(({ cells }) => cells).filter(({ text }) => /^\d+$/.test(text));
      expect(numbers.length).toBeGreaterThan(100);
      // Far below the 6 MB a synchronous reply may hold.
      expect(stdout.length).toBeLessThan(1_000_000);
    } finally {
      s3.close();
    }
  });
});

describe('the parse bundle', () => {
  it('loads the Lambda client only when a scan comes in: a text upload’s cold start does not', { timeout: 60_000 }, async () => {
    const bundle = await bundleLikeStack(ROOT, FUNCTIONS.parse.entry, join(dir, 'parse'));
    const lazy = Object.entries(bundle.metafile.outputs)
      .filter(([path]) => !(path in bundle.loaded))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(loadedPaths(bundle).filter((path) => path.includes('@aws-sdk/client-lambda/'))).toEqual([]);
    expect(lazy.some((path) => path.includes('@aws-sdk/client-lambda/'))).toBe(true);
    expect(loadedPaths(bundle).filter((path) => path.includes('/formats/ocr/'))).toEqual([]);
  });
});
