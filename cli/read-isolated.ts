// Reads each file in a worker thread, so that a file whose reading crashes, overruns memory or hangs is rejected
// alone (S-FORMAT) while the other files of the batch get their results. A scan's OCR runs in a child process of the
// worker (ocr-process.ts): native code that segfaults takes a thread's whole process with it.
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { DEFAULT_READ_LIMITS, type ReadLimits, STOPPED } from '../functions/parse/read-limits.js';
import { findingSchema } from '../functions/shared/model/finding.js';
import { FUNCTIONS } from '../pipeline/functions.js';
import { type ReadResult, readReportSchema } from '../functions/shared/model/report.js';
import type { UploadedFile } from './check-files.js';

export interface IsolationLimits {
  /** The worker's heap (V8 old generation): what the parse Lambda has (512 MB), for what needs more fails there too. */
  memoryMb: number;
  /** A read is stopped after this: readReport's own time budget plus the reply (a worker's start counts apart). */
  timeoutMs: number;
  /** A scan is stopped this long after it turned out to be one: OCR takes seconds a page, text reading none. */
  scanTimeoutMs: number;
  /** The module whose `readReport` reads in the worker: functions/parse/read-report.ts, or a test's stand-in. */
  reader: URL;
}

export const ISOLATION_LIMITS: IsolationLimits = {
  memoryMb: 512,
  timeoutMs: DEFAULT_READ_LIMITS.maxMs + 5_000,
  // What the OCR function has in the cloud (300 s): OCR takes 1.5–3 s a page on an idle core and was measured at
  // 7–8 s on two cores shared by many processes, so even then a scan of MAX_OCR_PAGES pages
  // (functions/parse/formats/ocr/page-images.ts) reads within it.
  scanTimeoutMs: FUNCTIONS.ocr.timeoutSeconds * 1000,
  reader: new URL('../functions/parse/read-report.ts', import.meta.url),
};

/** What comes back from the worker is data from another thread: parsed like any input, never cast. */
const replySchema = z.object({
  id: z.number(),
  result: z.discriminatedUnion('status', [
    z.object({ status: z.literal('parsed'), report: readReportSchema }),
    z.object({ status: z.literal('rejected'), findings: z.tuple([findingSchema], findingSchema) }),
  ]),
});

/** The worker's word that it has loaded its reader (read-worker.ts). */
const readySchema = z.object({ ready: z.literal(true) });
/** The worker's word that the file it reads is a scan, for OCR (read-worker.ts). */
const scanningSchema = z.object({ id: z.number(), scanning: z.literal(true) });

type Stop = keyof typeof STOPPED;
/** A stopped read's reason; `limits` are those its message names, when they are not readReport's own. */
type Outcome = { reply: unknown } | { stop: Stop; why: string; limits?: Partial<ReadLimits> };

// The worker runs TypeScript through tsx, which a worker does not inherit; local/lambda boots its workers so too.
const BOOT = new URL('../local/lambda/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./read-worker.ts', import.meta.url);

/**
 * One worker, reused from file to file while it is healthy; after a crash, a memory overrun, a timeout or a reply
 * that does not parse it is stopped, the file gets that reason's S-FORMAT and the next file a fresh worker.
 * The worker's console output goes to stderr: stdout carries the CLI's output alone.
 */
export class IsolatedReader {
  private worker: Worker | undefined;
  /** Settles when the worker has loaded its reader: with nothing, or with why it never will. */
  private booted: Promise<Outcome | undefined> = Promise.resolve(undefined);
  private settle: ((outcome: Outcome) => void) | undefined;
  /** Gives the read under way a scan's time (IsolationLimits.scanTimeoutMs). */
  private lengthen: ((id: number) => void) | undefined;
  private nextId = 0;

  constructor(
    private readonly limits: IsolationLimits = ISOLATION_LIMITS,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`nianbao: ${line}\n`),
  ) {}

  /** The running worker, started now if none runs (the CLI starts it ahead of the first read). */
  start(): Worker {
    return (this.worker ??= this.spawn());
  }

  async read(file: UploadedFile): Promise<ReadResult> {
    const worker = this.start();
    const id = (this.nextId += 1);
    let timer: NodeJS.Timeout | undefined;
    const outcome = (await this.booted) ?? await new Promise<Outcome>((resolve) => {
      this.settle = resolve;
      const stopAfter = (ms: number, limits?: Partial<ReadLimits>) => {
        clearTimeout(timer);
        timer = setTimeout(() => resolve({ stop: 'time', why: `not done after ${ms} ms`, limits }), ms);
      };
      const { timeoutMs, scanTimeoutMs } = this.limits;
      this.lengthen = (scanId) => {
        if (scanId !== id) return;
        this.log(`${file.name} is a scan: reading it by OCR takes seconds a page (${scanTimeoutMs / 1000} s at most)`);
        stopAfter(scanTimeoutMs, { maxMs: scanTimeoutMs });
      };
      stopAfter(timeoutMs);
      worker.postMessage({ id, name: file.name, bytes: file.bytes });
    }).finally(() => {
      clearTimeout(timer);
      this.settle = undefined;
      this.lengthen = undefined;
    });
    const reply = 'reply' in outcome ? replySchema.safeParse(outcome.reply) : undefined;
    if (reply?.success && reply.data.id === id) return reply.data.result;
    const { stop, why, limits } = 'stop' in outcome ? outcome : { stop: 'failed' as const, why: 'its reply did not parse' };
    this.log(`reading ${file.name} was stopped (${why}): it is listed as rejected`);
    await this.stop();
    return STOPPED[stop](limits);
  }

  /** Stops the worker; a later read starts a fresh one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY.href, reader: this.limits.reader.href },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr]) stream.pipe(process.stderr, { end: false });
    let boot: ((outcome: Outcome | undefined) => void) | undefined;
    this.booted = new Promise((resolve) => (boot = resolve));
    const end = (outcome: Outcome) => {
      boot?.(outcome); // a worker that dies before it is ready fails the read waiting for it
      this.settle?.(outcome);
    };
    // Listeners stay for the worker's life: an error between two reads must not become the parent's crash.
    worker.on('message', (reply: unknown) => {
      const scanning = scanningSchema.safeParse(reply);
      if (readySchema.safeParse(reply).success) boot?.(undefined);
      else if (scanning.success) this.lengthen?.(scanning.data.id);
      else this.settle?.({ reply });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      end({ stop: memory ? 'memory' : 'failed', why: `${error.name}: ${error.message}` });
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      end({ stop: 'failed', why: `the reading worker exited with code ${code}` });
    });
    worker.unref(); // a worker idle between reads must not keep the CLI running
    return worker;
  }
}
