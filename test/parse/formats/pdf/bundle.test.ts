import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { readPdf } from '../../../../functions/parse/formats/pdf/read-pdf.js';
import { buildPdf } from '../../../../corpus/pdf-report-builder.js';
import { SAMPLE_2021_TABLES, sampleReportBlocks } from '../../../support/pdf-sample-2021.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the PDF reader bundled as the parse Lambda bundles it', () => {
  it('loads without node_modules (no native canvas) and reads a report', async () => {
    const entry = new URL('../../../../functions/parse/formats/pdf/read-pdf.ts', import.meta.url);
    const out = await build({
      entryPoints: [entry.pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, 'pdf.mjs');
    writeFileSync(file, out.outputFiles[0]?.contents ?? new Uint8Array());
    const bundled = (await import(pathToFileURL(file).href)) as { readPdf: typeof readPdf };
    const doc = await bundled.readPdf(await buildPdf(sampleReportBlocks(SAMPLE_2021_TABLES)));
    expect(doc.rows.some((row) => row.cells.some((cell) => cell.text === '（七）总计'))).toBe(true);
  }, 60_000);
});
