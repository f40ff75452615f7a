import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { count } from '../cli/text-table.js';
import { UsageError } from '../cli/usage-error.js';
import { loadDistricts } from '../pipeline/districts.js';
import { JavaMissingError } from './emulators/dynamodb.js';
import { type Emulators, startEmulators } from './emulators/index.js';
import { startLocalPipeline } from './pipeline.js';
import { Outbox } from './run/outbox.js';
import { followUploads, type Tracked } from './run/progress.js';
import { newRunFolder, pruneRuns, runName } from './run/run-folders.js';
import { parseStartArgs, START_HELP, START_USAGE } from './run/start-args.js';
import { summaryTable } from './run/summary.js';
import { listFiles, UNASSIGNED } from './run/upload-plan.js';
import { serveDashboard } from './run/serve.js';
import { planFile, uploadPlanned } from './run/uploads.js';
import { watchDirectory } from './run/watch.js';
import { DEAD_LETTER_DIR } from './wiring/dead-letters.js';

export const EXAMPLES_DIR = new URL('../examples/', import.meta.url).pathname;
const TIMEOUT_MS = 120_000;
const LOG_ROOT = '.nianbao/logs';
const KEEP_LOG_RUNS = 5;
const print = (line: string) => console.log(line);

/**
 * `npm start [-- FILE|DIR ... --outbox DIR --watch DIR --serve]`: the whole pipeline on embedded emulators.
 * Uploads the files (default: examples/), follows each report to NOTIFIED or settled, sends the admin digest,
 * prints a summary and writes each email, as it is sent, to this run's outbox folder. 0 when every report got
 * through, 1 otherwise.
 */
export async function run(args: string[]): Promise<number> {
  const options = parseStartArgs(args);
  if (options.help) {
    process.stdout.write(START_HELP);
    return 0;
  }
  if (options.watch !== undefined && !(await stat(options.watch).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`--watch ${options.watch}: no such folder (${START_USAGE})`);
  }
  const districts = loadDistricts();
  const byFolder = options.paths.length === 0;
  // A --watch session works on the watched folder: the examples go again only when asked.
  const examples = options.watch === undefined || options.examples ? [EXAMPLES_DIR] : [];
  const plans = await Promise.all(
    (await listFiles(byFolder ? examples : options.paths))
      // examples/ holds reports in agency folders; its generator and README sit at the top.
      .filter((path) => !byFolder || resolve(dirname(path)) !== resolve(EXAMPLES_DIR))
      .map((path) => planFile(path, districts, byFolder)),
  );
  let emulators: Emulators;
  const started = Date.now();
  try {
    emulators = await startEmulators();
  } catch (error) {
    if (!(error instanceof JavaMissingError)) throw error;
    console.error(error.message);
    return 1;
  }
  print(`Emulators up in ${((Date.now() - started) / 1000).toFixed(1)} s (S3, DynamoDB Local, SES v2).`);
  const name = runName(new Date());
  const logDir = await newRunFolder(LOG_ROOT, name);
  await pruneRuns(LOG_ROOT, KEEP_LOG_RUNS);
  const outbox = new Outbox(await newRunFolder(options.outbox, name), emulators.ses);
  const pipeline = startLocalPipeline(emulators, { logDir, deadLetterDir: DEAD_LETTER_DIR });
  // --watch is a working session: it always comes with the dashboard.
  const shown = [...districts, UNASSIGNED];
  const dashboard = options.serve || options.watch ? await serveDashboard(pipeline, shown) : undefined;
  if (dashboard) print(`Dashboard: ${dashboard.url}`);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    // S3 stamps objects to the second and the digest window excludes `since`: start just before this second.
    const since = new Date(Math.floor(Date.now() / 1000) * 1000 - 1).toISOString();
    const tracked: Tracked[] = [];
    for (const plan of plans) {
      tracked.push(await uploadPlanned(pipeline, plan));
      print(`  ${'UPLOADED'.padEnd(10)} ${plan.district.id}/${plan.agencyId}/${plan.fileName}`);
    }
    let done = await followUploads(pipeline, tracked, { timeoutMs: TIMEOUT_MS, print, signal: abort.signal });
    await outbox.flush();
    if (options.watch) {
      print(`Watching ${options.watch}: the reports already there, then each new one once written; Ctrl-C to stop.`);
      const watching = { districts, print, signal: abort.signal, afterLook: async () => void (await outbox.flush()) };
      done = await watchDirectory(options.watch, pipeline, tracked, watching);
    }
    // Ctrl-C ends a --watch session normally (digest included); any other run it cuts short.
    const interrupted = abort.signal.aborted && !options.watch;
    if (interrupted) print('Interrupted: no digest; stopping the emulators.');
    else if (!done && !options.watch) print(`Timed out after ${TIMEOUT_MS / 1000} s waiting for the reports above.`);
    // The unassigned group has no admins: its reports are in the summary and on the dashboard, in no digest.
    const digested = tracked.filter((one) => one.upload.district !== UNASSIGNED);
    const stacks = interrupted ? [] : new Set(digested.map((one) => one.stack));
    for (const stack of stacks) await stack.invoke('digest', { since });
    print('');
    print(summaryTable(tracked));
    for (const { district, function: name, subject, error } of pipeline.dlq.letters()) {
      print(`DLQ ${district}/${name}: ${subject}: ${error}`);
    }
    if (pipeline.dlq.letters().length > 0) print(`Saved in ${DEAD_LETTER_DIR}/: npm run replay -- --local`);
    const sent = await outbox.flush();
    const latest = join(options.outbox, 'latest');
    print(`\n${count(sent, 'email')} in ${join(outbox.dir, 'index.html')} (${latest} is the newest run's).`);
    print(`Function logs in ${logDir}/ (the last ${KEEP_LOG_RUNS} runs are kept).`);
    print(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    if (dashboard && !abort.signal.aborted) {
      print(`Dashboard still open at ${dashboard.url}; Ctrl-C to stop.`);
      await new Promise((resolve) => abort.signal.addEventListener('abort', resolve, { once: true }));
    }
    return done || ((options.watch || options.serve) && abort.signal.aborted) ? 0 : 1;
  } finally {
    process.off('SIGINT', onSigint);
    await dashboard?.close();
    await pipeline.stop();
    await emulators.stop();
  }
}
