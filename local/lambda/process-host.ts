import { type ChildProcess, fork } from 'node:child_process';
import { FUNCTIONS, type FunctionName } from '../../pipeline/functions.js';
import { HandlerError, PendingCalls } from './invocation.js';
import { entryOf, type LambdaHost, logTo, sandboxEnv } from './lambda-host.js';

interface Sandbox {
  process: ChildProcess;
  calls: PendingCalls;
}

/**
 * One function in child processes of its own, one invocation at a time each, as Lambda runs concurrent invocations in
 * separate sandboxes: its native code (the OCR models' runtime, the image decoder) may crash on a bad upload, which
 * must fail that invocation only. A crashed process is dropped; the next invocation gets a fresh one. None starts
 * before the first invocation: a run without scans does not load the models.
 */
export function startProcessHost(
  prefix: string,
  name: FunctionName,
  env: Record<string, string>,
  logFile?: string,
): LambdaHost<FunctionName> {
  const log = logTo(logFile);
  const timeoutMs = FUNCTIONS[name].timeoutSeconds * 1000;
  const running = new Set<Sandbox>();
  const idle: Sandbox[] = [];
  const spawn = (): Sandbox => {
    const child = fork(new URL('./child.ts', import.meta.url).pathname, [entryOf(name), String(timeoutMs)], {
      execArgv: ['--import', 'tsx'],
      env: sandboxEnv(env),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const sandbox = { process: child, calls: new PendingCalls() };
    running.add(sandbox);
    log(child.stdout);
    log(child.stderr);
    child.on('message', (message: unknown) => sandbox.calls.settle(message));
    child.on('exit', (code, signal) => {
      running.delete(sandbox);
      const at = idle.indexOf(sandbox);
      if (at >= 0) idle.splice(at, 1);
      sandbox.calls.failAll(new HandlerError(`the ${prefix}-${name} process exited (${signal ?? `code ${code}`})`));
    });
    return sandbox;
  };
  return {
    async invoke(called, event) {
      if (called !== name) throw new HandlerError(`this host runs ${name} only, not ${called}`);
      const sandbox = idle.pop() ?? spawn();
      try {
        return await sandbox.calls.start((id) =>
          sandbox.process.send({ id, entry: entryOf(name), functionName: `${prefix}-${name}`, event }),
        );
      } finally {
        if (running.has(sandbox)) idle.push(sandbox);
      }
    },
    async stop() {
      await Promise.all(
        [...running].map(({ process: child }) => {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill();
          return exited;
        }),
      );
      log();
    },
  };
}
