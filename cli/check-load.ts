// Reads the files `check` is given; a file that cannot be read is bad usage (exit 2, one line on stderr).
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UploadedFile } from './check-files.js';
import { UsageError } from './usage-error.js';

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Node decodes arguments as UTF-8, so a name in another encoding (GBK from an old Windows zip) arrives with U+FFFD
 * where its bytes were: find the one directory entry that decodes to the same text and read it by its raw bytes.
 */
async function readByRawName(path: string): Promise<Buffer | undefined> {
  if (!path.includes('\uFFFD')) return undefined;
  const entries = await readdir(dirname(path), { encoding: 'buffer' }).catch(() => []);
  const matches = entries.filter((entry) => entry.toString('utf8') === basename(path));
  const [only] = matches;
  if (!only || matches.length > 1) return undefined;
  return readFile(Buffer.concat([Buffer.from(join(dirname(path), '/')), only]));
}

const PROBLEMS: Record<string, (path: string) => string> = {
  ENOENT: (path) => `no such file: ${path}`,
  EISDIR: (path) => `${path} is a directory: give the report files in it (e.g. ${join(path, '*')})`,
  EACCES: (path) => `permission denied: ${path}`,
};

export async function loadFile(path: string): Promise<UploadedFile> {
  try {
    return { name: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = errorCode(error);
    const raw = code === 'ENOENT' ? await readByRawName(path).catch(() => undefined) : undefined;
    if (raw) return { name: path, bytes: new Uint8Array(raw) };
    const problem = code === undefined ? undefined : PROBLEMS[code];
    throw new UsageError(problem ? problem(path) : `cannot read ${path} (${code ?? 'error'})`);
  }
}
