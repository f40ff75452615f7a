import { parseArgs } from 'node:util';
import { UsageError } from '../../cli/usage-error.js';
import { DEAD_LETTER_DIR } from '../../local/wiring/dead-letters.js';
import type { StreamFunction } from './dead-letter.js';

export type ReplayArgs =
  | { mode: 'local'; dir: string; dryRun: boolean }
  | {
      mode: 'aws';
      queueUrl: string;
      region?: string;
      dryRun: boolean;
      /** The district whose config the re-run functions load; needed unless dry-run. */
      district?: string;
      /** The stack's ReportTableName output; needed unless dry-run. */
      table?: string;
      /** The stack's idempotency table, for notify and digest letters. */
      idempotencyTable?: string;
      streamFunction?: StreamFunction;
    };

export const REPLAY_USAGE = [
  'npm run replay -- --local [--dir DIR] [--dry-run]',
  'npm run replay -- --queue-url URL --district ID --table NAME [--idempotency-table NAME] [--region R]',
  '                  [--function validate|notify] [--dry-run]',
].join('\n');

/** The replay command line (see REPLAY_USAGE); the queue URL may also come alone as the one positional. */
export function parseReplayArgs(args: string[]): ReplayArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        local: { type: 'boolean' },
        dir: { type: 'string' },
        'queue-url': { type: 'string' },
        region: { type: 'string' },
        'dry-run': { type: 'boolean' },
        district: { type: 'string' },
        table: { type: 'string' },
        'idempotency-table': { type: 'string' },
        function: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`replay: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.local) return { mode: 'local', dir: values.dir ?? DEAD_LETTER_DIR, dryRun: values['dry-run'] ?? false };
  const queueUrl = values['queue-url'] ?? positionals[0];
  if (!queueUrl || positionals.length > (values['queue-url'] ? 0 : 1)) {
    throw new UsageError('replay: give one queue URL, or --local');
  }
  const fn = values.function;
  if (fn !== undefined && fn !== 'validate' && fn !== 'notify') {
    throw new UsageError(`replay: --function is validate or notify, not ${fn}`);
  }
  const dryRun = values['dry-run'] ?? false;
  if (!dryRun && (!values.district || !values.table)) {
    throw new UsageError('replay: --district and --table say where to re-run the functions (or use --dry-run)');
  }
  return {
    mode: 'aws',
    queueUrl,
    dryRun,
    ...(values.region !== undefined && { region: values.region }),
    ...(values.district !== undefined && { district: values.district }),
    ...(values.table !== undefined && { table: values.table }),
    ...(values['idempotency-table'] !== undefined && { idempotencyTable: values['idempotency-table'] }),
    ...(fn !== undefined && { streamFunction: fn }),
  };
}
