import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCAN_CASES, scanCasePdfs } from '../../corpus/ocr/scan-corpus.js';
import { OCR_FAILED } from '../../functions/shared/aws/ocr-function.js';
import type { Finding } from '../../functions/shared/model/finding.js';
import { type Emulators, startEmulators } from '../../local/emulators/index.js';
import { type LocalPipeline, startLocalPipeline } from '../../local/pipeline.js';
import { followUploads, type Tracked } from '../../local/run/progress.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';

// A scan goes through the local pipeline as in the cloud: parse invokes the OCR function, in a process of its own.
const AGENCY = 'tianqiao';
/** A .jpg header and noise: the image decoder fails on it, or crashes the OCR process. */
const CORRUPT_JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]);

const errorsOf = (findings: Finding[] = []) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.row ?? ''} ${f.column ?? ''}`).sort();

describe('scans through the local pipeline (OCR function)', () => {
  let emulators: Emulators;
  let pipeline: LocalPipeline;
  let tracked: Tracked[];
  const reportOf = (fileName: string) => tracked.find((one) => one.upload.fileName === fileName)?.report;

  beforeAll(async () => {
    emulators = await startEmulators();
    pipeline = startLocalPipeline(emulators);
    const district = loadDistricts().find((config) => config.id === 'xicheng');
    if (!district) throw new Error('no xicheng district config');
    const stack = await pipeline.stackFor(district);
    const scanCase = SCAN_CASES[0]!;
    const { text, scan } = await scanCasePdfs(scanCase);
    // The corrupt image first: the scan and the text report after it must still be read.
    const uploads = [
      { fileName: 'corrupt.jpg', bytes: CORRUPT_JPG },
      { fileName: 'scan.pdf', bytes: scan },
      { fileName: 'text.pdf', bytes: text },
    ];
    tracked = [];
    for (const { fileName, bytes } of uploads) {
      const key = `${UPLOAD_PREFIX}${AGENCY}/${fileName}`;
      await stack.upload(key, bytes);
      tracked.push({ upload: { path: fileName, fileName, district, agencyId: AGENCY }, stack, key });
    }
    expect(await followUploads(pipeline, tracked, { timeoutMs: 110_000, print: () => undefined })).toBe(true);
  }, 150_000);

  afterAll(async () => {
    await pipeline?.stop();
    await emulators?.stop();
  });

  it("reads the scanned PDF and finds its text twin's errors", () => {
    const scanned = reportOf('scan.pdf');
    expect(scanned?.status).toBe('NOTIFIED');
    expect(scanned?.report?.year).toBe(2020);
    expect(Object.keys(scanned?.report?.ocr ?? {}).length).toBeGreaterThan(150);
    const twin = errorsOf(reportOf('text.pdf')?.findings);
    expect(twin.length).toBeGreaterThan(0);
    expect(errorsOf(scanned?.findings)).toEqual(twin);
  });

  it('stores the corrupt .jpg rejected with S-FORMAT, and the pipeline keeps working', () => {
    const rejected = reportOf('corrupt.jpg');
    expect(rejected?.status).toBe('NOTIFIED');
    expect(rejected?.report).toBeUndefined();
    expect(rejected?.findings.map((f) => [f.rule, f.message])).toEqual([['S-FORMAT', OCR_FAILED]]);
    expect(reportOf('text.pdf')?.status).toBe('NOTIFIED');
    expect(pipeline.dlq.letters()).toEqual([]);
  });
});
