// `npm run fuzz -- [--n 10000] [--seed S] [--from I] [--no-hostile]`: the long run of test/fuzz over the harness in
// scripts/fuzz/. Prints the counts, writes each crashing input to .nianbao/fuzz-crashes/ (and one input per rejection
// reason to .nianbao/fuzz-rejections/) and exits 1 on any crash
// (a hung input is named by the watchdog, which then kills the run).
// Then reads each hostile file of scripts/fuzz/hostile-cases.ts in its own process: outcome, time and peak memory.
// Replay one: `npm run fuzz -- --seed S --from I --n 1`, or `npm run fuzz -- --replay <file>`.
import '../local/quiet-sdk.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkInput } from './fuzz/fuzz-property.js';
import { type FuzzInput, loadFuzzBases, PROJECT_ROOT } from './fuzz/fuzz-inputs.js';
import { type FuzzCrash, runFuzz } from './fuzz/fuzz-run.js';
import { HOSTILE_GOALS } from './fuzz/hostile-cases.js';
import { renderHostile, runHostileCases } from './fuzz/hostile-run.js';
import { startWatchdog } from './fuzz-watchdog.js';

const CRASH_DIR = join(PROJECT_ROOT, '.nianbao/fuzz-crashes');
/** Far beyond the 2 s bound: an input this slow is stuck, not slow. */
const HANG_MS = 30_000;

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    replay: { type: 'string' },
    'no-hostile': { type: 'boolean', default: false },
  },
});
const count = Number(values.n);
const seed = Number(values.seed);
const from = Number(values.from);
if (![count, seed, from].every(Number.isSafeInteger)) {
  console.error('fuzz: --n, --seed and --from take integers');
  process.exit(2);
}

if (values.replay) {
  const file = { name: basename(values.replay).replace(/^\d+-\d+-/, ''), bytes: readFileSync(values.replay) };
  const outcome = await checkInput(file);
  console.log(JSON.stringify(outcome));
  process.exit(outcome.kind === 'crash' ? 1 : 0);
}

const saveCrash = ({ input, reason }: FuzzCrash): void => {
  mkdirSync(CRASH_DIR, { recursive: true });
  const path = join(CRASH_DIR, `${seed}-${input.index}-${input.file.name}`);
  writeFileSync(path, input.file.bytes);
  writeFileSync(`${path}.why.txt`, `${input.label}\n${reason}\n`);
  console.log(`crash #${input.index} (${input.label}): ${reason}\n  saved ${path}`);
};

// One sample input per rejection reason, to look at what each check rejects (and at any catch-all rejection).
const SAMPLE_DIR = join(PROJECT_ROOT, '.nianbao/fuzz-rejections');
const sampled = new Set<string>();
const sampleRejection = (input: FuzzInput, because: string): void => {
  if (sampled.has(because)) return;
  sampled.add(because);
  mkdirSync(SAMPLE_DIR, { recursive: true });
  const path = join(SAMPLE_DIR, `${seed}-${input.index}-${input.file.name}`);
  writeFileSync(path, input.file.bytes);
  writeFileSync(`${path}.why.txt`, `${input.label}\n${because}\n`);
};

const bases = await loadFuzzBases();
for (const note of bases.notes) console.log(`note: ${note}`);
const started = performance.now();
const watchdog = startWatchdog(seed, HANG_MS);
const summary = await runFuzz(bases, {
  seed,
  count,
  from,
  onInput: watchdog.beat,
  onCrash: saveCrash,
  onRejected: sampleRejection,
});
watchdog.stop();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  [
    `inputs        ${summary.inputs} (seed ${seed}, from ${from}, ${seconds} s)`,
    `rejected      ${summary.rejected}`,
    `parsed        ${summary.parsed} (with findings: ${summary.withFindings})`,
    `crashes       ${summary.crashes.length}`,
    `slowest       ${summary.slowest.ms.toFixed(1)} ms — #${summary.slowest.index} ${summary.slowest.label}`,
    'rejected because (S-FORMAT message, first words):',
    ...Object.entries(summary.rejectedBecause)
      .sort((a, b) => b[1] - a[1])
      .map(([because, times]) => `  ${String(times).padStart(6)}  ${because}…`),
  ].join('\n'),
);
let failed = summary.crashes.length > 0;
if (!values['no-hostile']) {
  const goals = `goals ≤ ${HOSTILE_GOALS.ms / 1000} s, ≤ ${HOSTILE_GOALS.peakRssMb} MB`;
  console.log(`\nhostile files (each read in its own process; ${goals}):`);
  const hostile = await runHostileCases(HANG_MS);
  console.log(renderHostile(hostile));
  failed ||= hostile.some(({ verdict }) => verdict === 'crash' || verdict === 'hang');
}
process.exitCode = failed ? 1 : 0;
