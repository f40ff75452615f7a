import { checkInput, type FuzzOutcome } from './fuzz-property.js';
import { type FuzzBases, type FuzzInput, fuzzInput } from './fuzz-inputs.js';

export interface FuzzCrash {
  input: FuzzInput;
  reason: string;
}

export interface FuzzSummary {
  inputs: number;
  rejected: number;
  parsed: number;
  /** Parsed reports with at least one finding (reader's or rules'). */
  withFindings: number;
  /** Rejections by the start of their message: shows which checks reject what (and any catch-all). */
  rejectedBecause: Record<string, number>;
  crashes: FuzzCrash[];
  slowest: { ms: number; index: number; label: string };
}

/** Runs inputs `from`…`from + count - 1` of run `seed` through the fuzz property, one at a time. */
export async function runFuzz(
  bases: FuzzBases,
  options: {
    seed: number;
    count: number;
    from?: number;
    /** Called before each input: a watchdog can tell which input a hang is in. */
    onInput?: (index: number) => void;
    onCrash?: (crash: FuzzCrash) => void;
    /** Called for each rejection with the start of its S-FORMAT message (as counted in rejectedBecause). */
    onRejected?: (input: FuzzInput, because: string) => void;
  },
): Promise<FuzzSummary> {
  const summary: FuzzSummary = {
    inputs: 0,
    rejected: 0,
    parsed: 0,
    withFindings: 0,
    rejectedBecause: {},
    crashes: [],
    slowest: { ms: 0, index: -1, label: '' },
  };
  await warmUpReaders();
  const from = options.from ?? 0;
  for (let index = from; index < from + options.count; index += 1) {
    options.onInput?.(index);
    const input = fuzzInput(bases, options.seed, index);
    const outcome = await checkInput(input.file);
    tally(summary, input, outcome);
    if (outcome.kind === 'crash') options.onCrash?.({ input, reason: outcome.reason });
    if (outcome.kind === 'rejected') options.onRejected?.(input, rejectionKey(outcome.message));
  }
  return summary;
}

/** Loads each format reader once (pdf.js alone takes seconds to import), so the time bound measures reading. */
async function warmUpReaders(): Promise<void> {
  for (const name of ['warm-up.txt', 'warm-up.html', 'warm-up.docx', 'warm-up.pdf']) {
    await checkInput({ name, bytes: new TextEncoder().encode('一、总体情况') }, Number.POSITIVE_INFINITY);
  }
}

const rejectionKey = (message: string): string => message.slice(0, 24);

function tally(summary: FuzzSummary, input: FuzzInput, outcome: FuzzOutcome): void {
  summary.inputs += 1;
  if (outcome.ms > summary.slowest.ms) summary.slowest = { ms: outcome.ms, index: input.index, label: input.label };
  if (outcome.kind === 'rejected') {
    summary.rejected += 1;
    const because = rejectionKey(outcome.message);
    summary.rejectedBecause[because] = (summary.rejectedBecause[because] ?? 0) + 1;
  }
  if (outcome.kind === 'parsed') {
    summary.parsed += 1;
    if (outcome.findings > 0) summary.withFindings += 1;
  }
  if (outcome.kind === 'crash') summary.crashes.push({ input, reason: outcome.reason });
}
