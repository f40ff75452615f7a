import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/usage-error.js';
import { DEFAULT_OUTBOX, parseStartArgs } from '../../../local/run/start-args.js';

describe('parseStartArgs', () => {
  it.each([
    { args: [], expected: { paths: [], outbox: DEFAULT_OUTBOX, serve: false } },
    { args: ['a.txt', 'dir'], expected: { paths: ['a.txt', 'dir'], outbox: DEFAULT_OUTBOX, serve: false } },
    { args: ['--outbox', 'out', 'a.txt'], expected: { paths: ['a.txt'], outbox: 'out', serve: false } },
    { args: ['--watch', 'inbox', '--serve'], expected: { paths: [], outbox: DEFAULT_OUTBOX, watch: 'inbox', serve: true } },
  ])('reads $args', ({ args, expected }) => {
    expect(parseStartArgs(args)).toEqual(expected);
  });

  it.each([[['--verbose']], [['--outbox']], [['--serve=yes']]])('rejects %j as bad usage', (args) => {
    expect(() => parseStartArgs(args)).toThrow(UsageError);
  });
});
