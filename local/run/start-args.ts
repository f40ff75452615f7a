import { parseArgs } from 'node:util';
import { HELP_FLAG, parseOr } from '../../cli/flags.js';

export interface StartArgs {
  /** Files or directories to upload; none: every report under examples/ (with --watch: only when --examples). */
  paths: string[];
  outbox: string;
  /** A directory to watch for new files until Ctrl-C. */
  watch?: string;
  /** With --watch and no paths: upload the examples too. */
  examples: boolean;
  serve: boolean;
  /** `--help`: print the usage and start nothing. */
  help: boolean;
}

export const DEFAULT_OUTBOX = '.nianbao/outbox';
export const START_USAGE = 'usage: nianbao start [FILE|DIR ...] [--outbox DIR] [--watch DIR [--examples]] [--serve]';

export const START_HELP = `${START_USAGE}
  FILE|DIR       reports to upload (default: every report under examples/, none with --watch)
  --outbox DIR   where each run's emails go: DIR/<run>/, DIR/latest is the newest (default: ${DEFAULT_OUTBOX})
  --watch DIR    upload the reports already in DIR, then each new one once written, until Ctrl-C
  --examples     with --watch: upload the examples first as well
  --serve        keep the dashboard open after the run (--watch always opens it)
`;

/** `start`'s arguments; anything else is a UsageError. */
export function parseStartArgs(args: string[]): StartArgs {
  const { values, positionals } = parseOr(START_USAGE, () =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        outbox: { type: 'string' },
        watch: { type: 'string' },
        examples: { type: 'boolean' },
        serve: { type: 'boolean' },
        ...HELP_FLAG,
      },
    }),
  );
  return {
    paths: positionals,
    outbox: values.outbox ?? DEFAULT_OUTBOX,
    ...(values.watch !== undefined && { watch: values.watch }),
    examples: values.examples ?? false,
    serve: values.serve ?? false,
    help: values.help ?? false,
  };
}
