import { UsageError } from './usage-error.js';

export interface CheckOptions {
  json: boolean;
  /** `--help`: print the usage and check nothing. */
  help: boolean;
  files: string[];
}

export const CHECK_USAGE = 'usage: nianbao check [--json] FILE...';

/** Parses `check`'s arguments; bad usage throws UsageError (one line on stderr, exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { json: false, help: false, files: [] };
  let onlyFiles = false;
  for (const arg of args) {
    if (onlyFiles || !arg.startsWith('-') || arg === '-') options.files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new UsageError(`unknown flag '${arg}' (${CHECK_USAGE})`);
  }
  if (options.files.length === 0 && !options.help) throw new UsageError(`no files given (${CHECK_USAGE})`);
  return options;
}
