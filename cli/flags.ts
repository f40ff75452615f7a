import { UsageError } from './usage-error.js';

/** The `--help`/`-h` flag every command takes, for util.parseArgs. */
export const HELP_FLAG = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Runs a command's util.parseArgs; a wrong flag becomes bad usage in one line: Node's first sentence
 * (`unknown option '--x'`) and the command's usage.
 */
export function parseOr<T>(usage: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Node goes on with advice about `--` separators that only lengthens the line.
    const first = (error as Error).message.split(/\.(?: |$)/)[0] ?? '';
    throw new UsageError(`${first.charAt(0).toLowerCase()}${first.slice(1)} (${usage})`);
  }
}
