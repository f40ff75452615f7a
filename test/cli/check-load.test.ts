import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFile, loadFile } from '../../cli/check-load.js';
import { UsageError } from '../../cli/usage-error.js';

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-load-'));

const load = async (path: string, maxBytes = 100) => loadFile(await findFile(path), maxBytes);

describe('findFile and loadFile', () => {
  it('reads a file by the name given', async () => {
    const path = join(dir(), '报告.txt');
    writeFileSync(path, '年度报告');
    expect(await load(path)).toEqual({ name: path, bytes: new Uint8Array(Buffer.from('年度报告')) });
  });

  it('reads a file of exactly the limit, and only tells the size of a larger one', async () => {
    const path = join(dir(), '报告.txt');
    writeFileSync(path, 'x'.repeat(100));
    expect(await load(path, 100)).toMatchObject({ bytes: { length: 100 } });
    expect(await load(path, 99)).toEqual({ tooLarge: true });
  });

  it('does not read a file over 2 GB (more than one Node buffer holds): it is too large, not an error', async () => {
    const path = join(dir(), '巨大.pdf');
    writeFileSync(path, '');
    truncateSync(path, 2 ** 31 + 1); // sparse: no byte is written
    expect(await load(path, 10 * 1024 * 1024)).toEqual({ tooLarge: true });
  });

  it('reads a file whose name is not UTF-8 by the name the shell passed (bytes shown as U+FFFD)', async () => {
    const folder = dir();
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), gbk]), 'GBK 文件名');
    const given = join(folder, gbk.toString('utf8'));
    expect(await load(given)).toEqual({ name: given, bytes: new Uint8Array(Buffer.from('GBK 文件名')) });
  });

  it.each([
    { name: 'a missing file', path: () => '/nonexistent/年报.txt', message: 'no such file: /nonexistent/年报.txt' },
    {
      name: 'a directory',
      path: () => '/tmp',
      message: '/tmp is a directory: give the report files in it (e.g. /tmp/*)',
    },
  ])('rejects $name as bad usage with one clear line', async ({ path, message }) => {
    const error = await findFile(path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
  });
});
