import { describe, expect, it } from 'vitest';
import { DASHBOARD_USAGE, run } from '../../cli/dashboard.js';
import { UsageError } from '../../cli/usage-error.js';
import { expectHelp } from './support/stdout.js';

describe('dashboard usage', () => {
  it('prints the usage and every flag for --help, without a district or table, and exits 0', async () => {
    await expectHelp(run, DASHBOARD_USAGE, ['--district', '--table', '--region', '--port']);
  });

  it.each([
    { args: ['--bogus'], line: "unknown option '--bogus'" },
    { args: ['--district', 'xicheng'], line: '--district and --table are required' },
    { args: ['--district', 'xicheng', '--table', 't', '--port', 'x'], line: '--port must be a number' },
  ])('rejects $args in one line with the usage', async ({ args, line }) => {
    await expect(run(args)).rejects.toThrow(new UsageError(`${line} (${DASHBOARD_USAGE})`));
  });
});
