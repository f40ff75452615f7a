import { UsageError } from './usage-error.js';

export interface CheckOptions {
  json: boolean;
  /** `--help`: print the usage and check nothing. */
  help: boolean;
  /** `--xlsx FILE`: also write the roll-up of the reports given to this workbook. */
  xlsx?: string;
  files: string[];
}

export const CHECK_USAGE = 'usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx]';

export const CHECK_HELP = `${CHECK_USAGE}
  --json  print the findings as JSON (README.md) instead of a readable table
  --xlsx  also write the roll-up of the files' latest year to OUT.xlsx, as the dashboard's 下载 Excel does: each
          agency's last file given for that year counts, if its Table 三 and 四 are complete and error-free
`;

/** Parses `check`'s arguments; bad usage throws UsageError (one line on stderr, exit 2). */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { json: false, help: false, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (onlyFiles || !arg.startsWith('-') || arg === '-') options.files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--xlsx' || arg.startsWith('--xlsx=')) {
      const out = arg === '--xlsx' ? args[(i += 1)] : arg.slice('--xlsx='.length);
      if (!out || out.startsWith('-')) throw new UsageError(`--xlsx needs the workbook's file name (${CHECK_USAGE})`);
      options.xlsx = out;
    } else throw new UsageError(`unknown flag '${arg}' (${CHECK_USAGE})`);
  }
  if (options.files.length === 0 && !options.help) throw new UsageError(`no files given (${CHECK_USAGE})`);
  if (options.xlsx !== undefined && options.files.includes(options.xlsx)) {
    throw new UsageError(`--xlsx ${options.xlsx} is one of the files to check: give the workbook another name`);
  }
  return options;
}
