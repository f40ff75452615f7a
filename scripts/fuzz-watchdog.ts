import { Worker } from 'node:worker_threads';

/**
 * A hang (an endless loop in a reader) blocks the fuzz loop's thread, so no timer there can report it. This
 * watchdog thread sees the current input index through shared memory; when one input runs longer than
 * `limitMs` it prints how to replay that input and kills the process (SIGKILL: the stuck thread runs no handler).
 */
export function startWatchdog(seed: number, limitMs: number): { beat(index: number): void; stop(): void } {
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const code = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs'); // a worker's process.stderr goes through the stuck main thread
    const { shared, seed, limitMs } = workerData;
    let last = -1, since = Date.now();
    setInterval(() => {
      const index = Atomics.load(shared, 0);
      if (index !== last) { last = index; since = Date.now(); return; }
      if (Date.now() - since < limitMs) return;
      writeSync(2, 'fuzz: input #' + index + ' hung for ' + limitMs + ' ms; replay: npm run fuzz -- --seed ' +
        seed + ' --from ' + index + ' --n 1\\n');
      process.kill(process.pid, 'SIGKILL');
    }, 500);`;
  const worker = new Worker(code, { eval: true, workerData: { shared, seed, limitMs } });
  worker.unref();
  return { beat: (index) => Atomics.store(shared, 0, index), stop: () => void worker.terminate() };
}
