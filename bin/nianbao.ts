#!/usr/bin/env node
// The nianbao CLI: `check FILE...` runs the reader and the rules; `start` runs the local pipeline;
// `dashboard` serves the district dashboard over a deployed table.
// Exit codes are mapped here, in one place: 0 ok, 1 findings or rejected reports, 2 bad usage.
import '../local/quiet-sdk.js';
import { UsageError } from '../cli/usage-error.js';

const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  check: () => import('../cli/check.js'),
  start: () => import('../local/start.js'),
  dashboard: () => import('../cli/dashboard.js'),
};

const [name, ...args] = process.argv.slice(2);
try {
  const load = name === undefined ? undefined : COMMANDS[name];
  if (!load) throw new UsageError(`unknown command '${name ?? ''}': use 'check FILE...', 'start [FILE|DIR...]' or 'dashboard --district ID --table NAME'`);
  process.exitCode = await (await load()).run(args);
} catch (error) {
  if (!(error instanceof UsageError)) throw error; // a bug: let Node print the stack
  console.error(`nianbao: ${error.message}`);
  process.exitCode = 2;
}
