import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { runInvocation } from './invocation.js';

// Runs inside the worker thread: calls the handlers the host names.
const workerDataSchema = z.object({ timeoutMs: z.number(), warm: z.array(z.string()) });
const { timeoutMs: TIMEOUT_MS, warm } = workerDataSchema.parse(workerData);

// Load every handler module up front, while the first files are uploaded: their cold start is most of the wait.
for (const entry of warm) void import(entry).catch(() => undefined); // a broken module fails its first invocation

parentPort?.on('message', async (message: unknown) => {
  parentPort?.postMessage(await runInvocation(message, TIMEOUT_MS));
});
