import { type ChildFailure, type ChildRead, readInFreshProcess } from '../../bench/fresh-read.js';
import { renderTable, type Row } from '../../bench/table.js';
import { READ_FAILED } from '../../functions/parse/read-report.js';
import { HOSTILE_CASES, HOSTILE_GOALS, type HostileCase } from './hostile-cases.js';

/** `unexpected`: read without a crash, but not as the case expects (the figures' goals are judged apart). */
export type HostileVerdict = 'ok' | 'unexpected' | 'crash' | 'hang';

export interface HostileResult {
  hostile: HostileCase;
  read: ChildRead | ChildFailure;
  verdict: HostileVerdict;
}

export function judgeHostile(hostile: HostileCase, read: ChildRead | ChildFailure): HostileVerdict {
  if (read.status === 'failed') return read.reason.startsWith('killed') ? 'hang' : 'crash';
  // The fuzz property: a rejection says why with S-FORMAT, and not with the message for a reader's bug.
  if (read.status === 'rejected' && (!read.rules.includes('S-FORMAT') || read.message?.startsWith(READ_FAILED))) {
    return 'crash';
  }
  const { expected } = hostile;
  if (!expected) return 'ok';
  const same = read.status === expected.status && read.rules.join() === [...expected.rules].sort().join();
  return same ? 'ok' : 'unexpected';
}

/** Builds each case, then reads it in its own process, so each peak RSS is that case's alone. */
export async function runHostileCases(hangMs: number, cases = HOSTILE_CASES): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const hostile of cases) {
    const read = readInFreshProcess(await hostile.build(), hangMs);
    results.push({ hostile, read, verdict: judgeHostile(hostile, read) });
  }
  return results;
}

/** The outcome in a few words; a rejection with the start of its message, which says which limit it hit. */
function outcome(read: ChildRead | ChildFailure): string {
  if (read.status === 'failed') return `failed: ${read.reason}`;
  const why = read.message ? ` ${read.message.slice(0, 24)}…` : '';
  return `${read.status} [${read.rules.join(', ')}]${why}`;
}

/** One line per case (its outcome against the expected one), then its time and peak memory against the goals. */
export function renderHostile(results: readonly HostileResult[]): string {
  const width = Math.max(...results.map(({ hostile }) => hostile.id.length));
  const lines = results.map(({ hostile, read, verdict }) => {
    const { expected } = hostile;
    const wanted = expected ? `expected ${expected.status} [${expected.rules.join(', ')}]` : '';
    return `  ${hostile.id.padEnd(width)}  ${verdict.toUpperCase().padEnd(10)}  ${outcome(read)}  ${wanted}`.trimEnd();
  });
  const rows = results.flatMap(({ hostile, read }): Row[] => [
    { figure: `${hostile.id}.ms`, value: measured(read)?.ms, unit: 'ms', target: { atMost: HOSTILE_GOALS.ms } },
    {
      figure: `${hostile.id}.peakRssMb`,
      value: measured(read)?.peakRssMb,
      unit: 'MB',
      target: { atMost: HOSTILE_GOALS.peakRssMb },
    },
  ]);
  return [...lines, '', renderTable(rows)].join('\n');
}

const measured = (read: ChildRead | ChildFailure): ChildRead | undefined =>
  read.status === 'failed' ? undefined : read;
