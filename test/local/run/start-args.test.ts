import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/usage-error.js';
import { DEFAULT_OUTBOX, parseStartArgs, START_USAGE } from '../../../local/run/start-args.js';
import { run } from '../../../local/start.js';
import { expectHelp } from '../../cli/support/stdout.js';

const plain = { paths: [], outbox: DEFAULT_OUTBOX, examples: false, serve: false, help: false };

describe('parseStartArgs', () => {
  it.each([
    { args: [], expected: plain },
    { args: ['a.txt', 'dir'], expected: { ...plain, paths: ['a.txt', 'dir'] } },
    { args: ['--outbox', 'out', 'a.txt'], expected: { ...plain, paths: ['a.txt'], outbox: 'out' } },
    { args: ['--watch', 'inbox', '--serve'], expected: { ...plain, watch: 'inbox', serve: true } },
    { args: ['--watch', 'inbox', '--examples'], expected: { ...plain, watch: 'inbox', examples: true } },
    { args: ['-h'], expected: { ...plain, help: true } },
  ])('reads $args', ({ args, expected }) => {
    expect(parseStartArgs(args)).toEqual(expected);
  });

  it.each([
    { args: ['--verbose'], line: "unknown option '--verbose'" },
    { args: ['--outbox'], line: "option '--outbox <value>' argument missing" },
    { args: ['--serve=yes'], line: "option '--serve' does not take an argument" },
  ])('rejects $args in one line naming the flag and the usage', ({ args, line }) => {
    expect(() => parseStartArgs(args)).toThrow(new UsageError(`${line} (${START_USAGE})`));
  });
});

describe('start --help', () => {
  it('prints the usage and every flag on stdout, starting nothing, and exits 0', async () => {
    await expectHelp(run, START_USAGE, ['--outbox', '--watch', '--examples', '--serve']);
  });
});
