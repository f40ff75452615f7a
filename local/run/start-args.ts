import { parseArgs } from 'node:util';
import { UsageError } from '../../cli/usage-error.js';

export interface StartArgs {
  /** Files or directories to upload; none: every file under examples/. */
  paths: string[];
  outbox: string;
  /** A directory to watch for new files until Ctrl-C. */
  watch?: string;
  serve: boolean;
}

export const DEFAULT_OUTBOX = '.nianbao/outbox';
const USAGE = 'start [FILE|DIR ...] [--outbox DIR] [--watch DIR] [--serve]';

/** `start [FILE|DIR ...] [--outbox DIR] [--watch DIR] [--serve]`; anything else is a UsageError. */
export function parseStartArgs(args: string[]): StartArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { outbox: { type: 'string' }, watch: { type: 'string' }, serve: { type: 'boolean' } },
    });
    return {
      paths: positionals,
      outbox: values.outbox ?? DEFAULT_OUTBOX,
      ...(values.watch !== undefined && { watch: values.watch }),
      serve: values.serve ?? false,
    };
  } catch (error) {
    throw new UsageError(`start: ${(error as Error).message}. Usage: ${USAGE}`);
  }
}
