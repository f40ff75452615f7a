import { createWriteStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { FUNCTION_NAMES, FUNCTIONS, type FunctionName } from '../../pipeline/functions.js';


const PROJECT_ROOT = new URL('../../', import.meta.url);
const replySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);

export class HandlerError extends Error {
  override name = 'HandlerError';
}

export interface LambdaHost {
  /** Invokes a function synchronously; a thrown handler error rejects with HandlerError. */
  invoke(name: FunctionName, event: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * One worker thread per district stack: its functions see only their own environment (TABLE_NAME,
 * DISTRICT_CONFIG, the emulator endpoints …) as in Lambda, and their module-scope setup runs once, on first use.
 * Their logs go to logFile, or nowhere.
 */
export function startLambdaHost(prefix: string, env: Record<string, string>, logFile?: string): LambdaHost {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: {
      entry: new URL('./worker.ts', import.meta.url).href,
      timeoutMs: 60_000,
      warm: FUNCTION_NAMES.map((name) => new URL(FUNCTIONS[name].entry, PROJECT_ROOT).href),
    },
    env: { ...withoutAws(process.env), ...env },
    stdout: true,
    stderr: true,
  });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  for (const stream of [worker.stdout, worker.stderr]) {
    if (log) stream.pipe(log, { end: false });
    else stream.resume();
  }
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  worker.on('message', (message: unknown) => {
    const reply = replySchema.parse(message);
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) call?.resolve(reply.result);
    else call?.reject(new HandlerError(reply.error));
  });
  let crashed: Error | undefined;
  const failAll = (error: Error) => {
    crashed ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new HandlerError(`the ${prefix} functions' worker exited (code ${code})`)));
  return {
    invoke(name, event) {
      const id = nextId++;
      const entry = new URL(FUNCTIONS[name].entry, PROJECT_ROOT).href;
      return new Promise((resolve, reject) => {
        if (crashed) return reject(crashed);
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, entry, functionName: `${prefix}-${name}`, event });
      });
    },
    async stop() {
      await worker.terminate();
      log?.end();
    },
  };
}

/** The developer's own AWS settings (profile, keys, region) must not reach the emulated functions. */
function withoutAws(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) =>
      name.startsWith('AWS_') || value === undefined ? [] : [[name, value]],
    ),
  );
}
