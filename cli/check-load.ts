// Finds and reads the files `check` is given; a file that cannot be opened is bad usage (exit 2, one line on stderr).
import { constants } from 'node:fs';
import { access, open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UploadedFile } from './check-files.js';
import { UsageError } from './usage-error.js';

/** A file given on the command line, found on disk: `path` is what opens it (raw bytes for a non-UTF-8 name). */
export interface FoundFile {
  name: string;
  path: string | Buffer;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Node decodes arguments as UTF-8, so a name in another encoding (GBK from an old Windows zip) arrives with U+FFFD
 * where its bytes were: find the one directory entry that decodes to the same text and open it by its raw bytes.
 */
async function rawPath(path: string): Promise<Buffer | undefined> {
  if (!path.includes('\uFFFD')) return undefined;
  const entries = await readdir(dirname(path), { encoding: 'buffer' }).catch(() => []);
  const matches = entries.filter((entry) => entry.toString('utf8') === basename(path));
  const [only] = matches;
  if (!only || matches.length > 1) return undefined;
  return Buffer.concat([Buffer.from(join(dirname(path), '/')), only]);
}

const PROBLEMS: Record<string, (path: string) => string> = {
  ENOENT: (path) => `no such file: ${path}`,
  EISDIR: (path) => `${path} is a directory: give the report files in it (e.g. ${join(path, '*')})`,
  EACCES: (path) => `permission denied: ${path}`,
};

function usageError(name: string, error: unknown): UsageError {
  const code = errorCode(error);
  const problem = code === undefined ? undefined : PROBLEMS[code];
  return new UsageError(problem ? problem(name) : `cannot read ${name} (${code ?? 'error'})`);
}

/** Checks a file can be read, without reading it: all files are found before the first is read. */
export async function findFile(name: string): Promise<FoundFile> {
  const readable = async (path: string | Buffer): Promise<FoundFile> => {
    await access(path, constants.R_OK);
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return { name, path };
  };
  try {
    return await readable(name);
  } catch (error) {
    const raw = errorCode(error) === 'ENOENT' ? await rawPath(name) : undefined;
    if (raw) return readable(raw).catch((again: unknown) => Promise.reject(usageError(name, again)));
    throw usageError(name, error);
  }
}

/**
 * The file's bytes, or `tooLarge` when its size (asked before a byte is read) is over `maxBytes`: a file of
 * gigabytes costs no memory, and one over 2 GB (more than Node reads into one buffer) is no crash.
 */
export async function loadFile(file: FoundFile, maxBytes: number): Promise<UploadedFile | { tooLarge: true }> {
  try {
    const handle = await open(file.path, 'r');
    try {
      if ((await handle.stat()).size > maxBytes) return { tooLarge: true };
      const bytes = await handle.readFile();
      return { name: file.name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw usageError(file.name, error);
  }
}
