import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/usage-error.js';
import { parseReplayArgs } from '../../../scripts/replay/args.js';

const URL = 'https://sqs.cn-north-1.amazonaws.com.cn/123456789012/Nianbao-xicheng-ParseDeadLetters';

describe('parseReplayArgs', () => {
  it.each([
    { args: ['--local'], expected: { mode: 'local', dir: '.nianbao/dead-letters', dryRun: false } },
    { args: ['--local', '--dir', 'x', '--dry-run'], expected: { mode: 'local', dir: 'x', dryRun: true } },
    { args: [URL, '--dry-run'], expected: { mode: 'aws', queueUrl: URL, dryRun: true } },
    {
      args: ['--queue-url', URL, '--district', 'xicheng', '--table', 'T', '--region', 'cn-north-1'],
      expected: { mode: 'aws', queueUrl: URL, dryRun: false, district: 'xicheng', table: 'T', region: 'cn-north-1' },
    },
    {
      args: [URL, '--district', 'x', '--table', 'T', '--idempotency-table', 'I', '--function', 'notify'],
      expected: {
        ...{ mode: 'aws', queueUrl: URL, dryRun: false, district: 'x', table: 'T' },
        ...{ idempotencyTable: 'I', streamFunction: 'notify' },
      },
    },
  ])('reads $args', ({ args, expected }) => {
    expect(parseReplayArgs(args)).toEqual(expected);
  });

  it.each([
    { args: [], message: /queue URL, or --local/ },
    { args: [URL, URL], message: /one queue URL/ },
    { args: [URL], message: /--district and --table/ },
    { args: [URL, '--dry-run', '--function', 'parse'], message: /validate or notify/ },
    { args: ['--local', '--bogus'], message: /bogus/ },
  ])('refuses $args', ({ args, message }) => {
    expect(() => parseReplayArgs(args)).toThrow(UsageError);
    expect(() => parseReplayArgs(args)).toThrow(message);
  });
});
