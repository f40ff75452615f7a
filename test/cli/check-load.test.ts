import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../cli/check-load.js';
import { UsageError } from '../../cli/usage-error.js';

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-load-'));

describe('loadFile', () => {
  it('reads a file by the name given', async () => {
    const path = join(dir(), '报告.txt');
    writeFileSync(path, '年度报告');
    expect(await loadFile(path)).toEqual({ name: path, bytes: new Uint8Array(Buffer.from('年度报告')) });
  });

  it('reads a file whose name is not UTF-8 by the name the shell passed (bytes shown as U+FFFD)', async () => {
    const folder = dir();
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), gbk]), 'GBK 文件名');
    const given = join(folder, gbk.toString('utf8'));
    const file = await loadFile(given);
    expect(file.name).toBe(given);
    expect(Buffer.from(file.bytes).toString('utf8')).toBe('GBK 文件名');
  });

  it.each([
    { name: 'a missing file', path: () => '/nonexistent/年报.txt', message: 'no such file: /nonexistent/年报.txt' },
    {
      name: 'a directory',
      path: () => '/tmp',
      message: '/tmp is a directory: give the report files in it (e.g. /tmp/*)',
    },
  ])('rejects $name as bad usage with one clear line', async ({ path, message }) => {
    const error = await loadFile(path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
  });
});
