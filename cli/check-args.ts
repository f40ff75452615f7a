import { UsageError } from './usage-error.js';

export interface CheckOptions {
  json: boolean;
  files: string[];
}

const USAGE = 'usage: nianbao check [--json] FILE...';

/** Parses `check`'s arguments; bad usage throws UsageError (one line on stderr, exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { json: false, files: [] };
  let onlyFiles = false;
  for (const arg of args) {
    if (onlyFiles || !arg.startsWith('-') || arg === '-') options.files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') options.json = true;
    else throw new UsageError(`unknown flag '${arg}' (${USAGE})`);
  }
  if (options.files.length === 0) throw new UsageError(`no files given (${USAGE})`);
  return options;
}
