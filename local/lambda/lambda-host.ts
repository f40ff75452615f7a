import { createWriteStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { FUNCTION_NAMES, FUNCTIONS, type FunctionName } from '../../pipeline/functions.js';
import { HandlerError, PendingCalls } from './invocation.js';


const PROJECT_ROOT = new URL('../../', import.meta.url);
/** The handler module of a function, as the sandbox imports it. */
export const entryOf = (name: FunctionName) => new URL(FUNCTIONS[name].entry, PROJECT_ROOT).href;

export interface LambdaHost<Name extends string = FunctionName> {
  /** Invokes a function synchronously; a thrown handler error rejects with HandlerError. */
  invoke(name: Name, event: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * One worker thread per district stack for the given functions: they see only their own environment (TABLE_NAME,
 * DISTRICT_CONFIG, the emulator endpoints …) as in Lambda, and their module-scope setup runs once, on first use.
 * Their logs go to logFile, or nowhere.
 */
export function startLambdaHost(
  prefix: string,
  env: Record<string, string>,
  logFile?: string,
  names: readonly FunctionName[] = FUNCTION_NAMES,
): LambdaHost {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./worker.ts', import.meta.url).href, timeoutMs: 60_000, warm: names.map(entryOf) },
    env: sandboxEnv(env),
    stdout: true,
    stderr: true,
  });
  const log = logTo(logFile);
  for (const stream of [worker.stdout, worker.stderr]) log(stream);
  const calls = new PendingCalls();
  worker.on('message', (message: unknown) => calls.settle(message));
  let crashed: Error | undefined;
  const failAll = (error: Error) => {
    crashed ??= error;
    calls.failAll(error);
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new HandlerError(`the ${prefix} functions' worker exited (code ${code})`)));
  return {
    invoke(name, event) {
      if (crashed) return Promise.reject(crashed);
      return calls.start((id) => worker.postMessage({ id, entry: entryOf(name), functionName: `${prefix}-${name}`, event }));
    },
    async stop() {
      await worker.terminate();
      log();
    },
  };
}

/** The function's environment: the developer's own AWS settings (profile, keys, region) must not reach it. */
export function sandboxEnv(env: Record<string, string>): Record<string, string> {
  const own = Object.entries(process.env).flatMap(([name, value]) =>
    name.startsWith('AWS_') || value === undefined ? [] : [[name, value] as const],
  );
  return { ...Object.fromEntries(own), ...env };
}

/** Pipes a sandbox's output streams to the log file (or discards them); called with none, closes the file. */
export function logTo(logFile: string | undefined) {
  const file = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  return (stream?: NodeJS.ReadableStream | null) => {
    if (!stream) return void file?.end();
    if (file) stream.pipe(file, { end: false });
    else stream.resume();
  };
}
