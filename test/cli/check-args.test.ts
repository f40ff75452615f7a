import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../cli/check-args.js';
import { UsageError } from '../../cli/usage-error.js';

describe('parseCheckArgs', () => {
  it('takes --json anywhere and every other argument as a file, in order', () => {
    expect(parseCheckArgs(['a.txt', '--json', '年报 2020.pdf'])).toEqual({
      json: true,
      help: false,
      files: ['a.txt', '年报 2020.pdf'],
    });
  });

  it('reads everything after -- as a file, even names that look like flags', () => {
    expect(parseCheckArgs(['--', '--json', '-x.txt']).files).toEqual(['--json', '-x.txt']);
  });

  it('asks for the usage with --help or -h, files or not', () => {
    expect(parseCheckArgs(['--help']).help).toBe(true);
    expect(parseCheckArgs(['-h', 'a.txt']).help).toBe(true);
  });

  it.each([
    { args: ['--nope', 'a.txt'], message: "unknown flag '--nope' (usage: nianbao check [--json] FILE...)" },
    { args: ['-j', 'a.txt'], message: "unknown flag '-j' (usage: nianbao check [--json] FILE...)" },
    { args: ['--json'], message: 'no files given (usage: nianbao check [--json] FILE...)' },
    { args: [], message: 'no files given (usage: nianbao check [--json] FILE...)' },
  ])('rejects $args as bad usage', ({ args, message }) => {
    expect(() => parseCheckArgs(args)).toThrow(new UsageError(message));
  });
});
