import { parentPort, workerData } from 'node:worker_threads';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { z } from 'zod';
import { handlerModuleSchema, invokeContext } from './invoke-context.js';

// Runs inside the worker: loads a handler module by path (as Lambda does from its handler setting), calls it.
const invocationSchema = z.object({ id: z.number(), entry: z.string(), functionName: z.string(), event: z.unknown() });
const workerDataSchema = z.object({ timeoutMs: z.number(), warm: z.array(z.string()) });
const { timeoutMs: TIMEOUT_MS, warm } = workerDataSchema.parse(workerData);

// Load every handler module up front, while the first files are uploaded: their cold start is most of the wait.
for (const entry of warm) void import(entry).catch(() => undefined); // a broken module fails its first invocation

parentPort?.on('message', async (message: unknown) => {
  const { id, entry, functionName, event } = invocationSchema.parse(message);
  try {
    const { handler } = handlerModuleSchema.parse(await import(entry));
    const result = await handler(event, invokeContext(functionName, TIMEOUT_MS));
    parentPort?.postMessage({ id, ok: true, result: result ?? null });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, error: describe(error) });
  }
});

/** `Name: message`; for Powertools' FullBatchFailureError also its first record's error, which says why. */
function describe(error: unknown): string {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const [cause] = error instanceof FullBatchFailureError ? error.recordErrors : [];
  return cause ? `${name}: ${message} First: ${describe(cause)}` : `${name}: ${message}`;
}
