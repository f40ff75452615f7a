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

  it('takes --xlsx with the workbook as the next argument or after =', () => {
    expect(parseCheckArgs(['a.txt', '--xlsx', 'out.xlsx', 'b.txt'])).toEqual({ json: false, help: false, xlsx: 'out.xlsx', files: ['a.txt', 'b.txt'] });
    expect(parseCheckArgs(['--xlsx=汇总.xlsx', 'a.txt']).xlsx).toBe('汇总.xlsx');
  });

  it.each([
    { args: ['a.txt', '--xlsx'], message: "--xlsx needs the workbook's file name (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])" },
    { args: ['--xlsx', '--json', 'a.txt'], message: "--xlsx needs the workbook's file name (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])" },
    { args: ['a.txt', '--xlsx', 'a.txt'], message: '--xlsx a.txt is one of the files to check: give the workbook another name' },
    { args: ['--nope', 'a.txt'], message: "unknown flag '--nope' (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])" },
    { args: ['-j', 'a.txt'], message: "unknown flag '-j' (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])" },
    { args: ['--json'], message: 'no files given (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])' },
    { args: [], message: 'no files given (usage: nianbao check [--json] FILE... [--xlsx OUT.xlsx])' },
  ])('rejects $args as bad usage', ({ args, message }) => {
    expect(() => parseCheckArgs(args)).toThrow(new UsageError(message));
  });
});
