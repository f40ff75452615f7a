// Runs inside the CLI's reading worker (read-isolated.ts): reads each file it is sent, one at a time, and replies.
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import type { ReadScan } from '../functions/parse/formats/ocr/ocr-scan.js';
import type { ReadResult } from '../functions/shared/model/report.js';

type Read = (file: { name: string; bytes: Uint8Array }, limits: object, readScan: ReadScan) => Promise<ReadResult>;

const workerDataSchema = z.object({ reader: z.string() });
/** functions/parse/read-report.ts, or the stand-in a test names (read-isolated.ts, IsolationLimits.reader). */
const readerModuleSchema = z.object({ readReport: z.custom<Read>((value) => typeof value === 'function') });
const requestSchema = z.object({ id: z.number(), name: z.string(), bytes: z.instanceof(Uint8Array) });

const { readReport } = readerModuleSchema.parse(await import(workerDataSchema.parse(workerData).reader));
// Booted: the parent times each read from here, so a slow start (a busy machine) is never a file's fault.
parentPort?.postMessage({ ready: true });

/** OCR in a child process (ocr-process.ts), loaded on the first scan: a batch of text files never loads it. */
let ocr: ReadScan | undefined;

// An exception escaping readReport ends this worker: the parent reads that as a failed read of this file.
parentPort?.on('message', async (message: unknown) => {
  const { id, name, bytes } = requestSchema.parse(message);
  const readScan: ReadScan = async (scan) => {
    parentPort?.postMessage({ id, scanning: true }); // the parent gives a scan its longer time
    ocr ??= (await import('./ocr-process.js')).ocrInChildProcess();
    return ocr(scan);
  };
  parentPort?.postMessage({ id, result: await readReport({ name, bytes }, {}, readScan) });
});
