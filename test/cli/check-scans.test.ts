import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/check.js';
import { OCR_CRASHED } from '../../cli/ocr-process.js';
import { ISOLATION_LIMITS, IsolatedReader } from '../../cli/read-isolated.js';
import { STOPPED } from '../../functions/parse/read-limits.js';
import { SCAN_CASES, scanCasePdfs } from '../../corpus/ocr/scan-corpus.js';
import { createRandom } from '../../corpus/synthetic-random.js';
import { contractSchema } from './support/contract.js';

// Scans through `check`: OCR in a child process of the reading worker (cli/ocr-process.ts). Slow: seconds a page.

const EXAMPLE = fileURLToPath(new URL('../../examples/donghuashi/2020-年报-GB18030.txt', import.meta.url));

/** A .jpg header and noise: @napi-rs/canvas's decoder segfaults on it, which no worker thread survives. */
function corruptJpg(): Buffer {
  const random = createRandom(7);
  const noise = Array.from({ length: 2048 }, () => Math.floor(random.next() * 256));
  return Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...noise]);
}

async function check(files: Record<string, Uint8Array>, extra: string[] = []) {
  const folder = mkdtempSync(join(tmpdir(), 'nianbao-scans-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(folder, name), bytes);
    return join(folder, name);
  });
  let stdout = '';
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => Boolean((stdout += String(chunk))));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  const code = await run(['--json', ...paths, ...extra]);
  vi.restoreAllMocks();
  return { code, reports: contractSchema.parse(JSON.parse(stdout)).reports, stderr: stderr.join('') };
}

const errorsOf = (findings: { rule: string; severity: string; row?: string; column?: string }[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.row ?? ''} ${f.column ?? ''}`).sort();

afterEach(() => vi.restoreAllMocks());

/** This process's OCR children still running (cli/ocr-child.ts). */
const ocrChildren = () =>
  execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('ocr-child'));

describe('check on scans', () => {
  it('rejects a .jpg that crashes the image decoder with S-FORMAT and reads the text report beside it', async () => {
    const alone = await check({}, [EXAMPLE]);
    const { code, reports, stderr } = await check({ 'corrupt.jpg': corruptJpg() }, [EXAMPLE]);
    expect(code).toBe(1);
    expect(reports.map((report) => report.status)).toEqual(['rejected', 'findings']);
    expect(reports[0]?.findings.map((f) => [f.rule, f.message])).toEqual([['S-FORMAT', OCR_CRASHED]]);
    expect(reports[1]?.findings).toEqual(alone.reports[0]?.findings);
    expect(stderr).toMatch(/corrupt\.jpg is a scan: reading it by OCR[^]*the OCR process ended \(SIGSEGV\)/);
  }, 60_000);

  it('stops a scan after the scan time, ends its OCR process, and reads the next file', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const page = createCanvas(1240, 1754);
    const context = page.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, page.width, page.height);
    const lines: string[] = [];
    // A text file's time would let the OCR finish; a scan's, here 1.5 s, is over before the models have loaded.
    const reader = new IsolatedReader({ ...ISOLATION_LIMITS, scanTimeoutMs: 1_500 }, (line) => lines.push(line));
    const example = { name: EXAMPLE, bytes: new Uint8Array(readFileSync(EXAMPLE)) };
    try {
      const stopped = await reader.read({ name: '/uploads/blank.png', bytes: new Uint8Array(page.toBuffer('image/png')) });
      expect(stopped).toEqual(STOPPED.time({ maxMs: 1_500 }));
      expect(lines).toEqual([
        '/uploads/blank.png is a scan: reading it by OCR takes seconds a page (1.5 s at most)',
        'reading /uploads/blank.png was stopped (not done after 1500 ms): it is listed as rejected',
      ]);
      expect((await reader.read(example)).status).toBe('parsed');
    } finally {
      await reader.stop();
    }
    await expect.poll(ocrChildren, { timeout: 10_000 }).toEqual([]);
  }, 60_000);

  it("reads a two-page scan and gives its text twin's findings, the errors written down for it", async () => {
    const scanCase = SCAN_CASES[0]!;
    const { text, scan } = await scanCasePdfs(scanCase);
    const { reports } = await check({ 'scan.pdf': scan, 'text.pdf': text });
    const [scanned, twin] = reports;
    const written = scanCase.errors.map((e) => `${e.rule} ${e.row ?? ''} ${e.column ?? ''}`).sort();
    expect(scanned?.status).toBe('findings');
    expect([scanned?.agency, scanned?.year]).toEqual([twin?.agency, twin?.year]);
    expect(errorsOf(twin?.findings ?? [])).toEqual(written);
    expect(errorsOf(scanned?.findings ?? [])).toEqual(written);
  }, 240_000);
});
