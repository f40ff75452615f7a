// `nianbao check [--json] FILE...`: reads and checks reports on this machine, no AWS involved.
import { readFile } from 'node:fs/promises';
import { readReport } from '../functions/parse/read-report.js';
import { parseCheckArgs } from './check-args.js';
import { type UploadedFile, checkFiles } from './check-files.js';
import { renderJson, renderText } from './check-output.js';
import { UsageError } from './usage-error.js';

async function load(path: string): Promise<UploadedFile> {
  try {
    return { name: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
}

/** Format libraries may log to stdout (pdf.js warns with console.log): keep stdout for the output alone. */
async function withLogsOnStderr<T>(work: () => Promise<T>): Promise<T> {
  const { log, info } = console;
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  try {
    return await work();
  } finally {
    console.log = log;
    console.info = info;
  }
}

/** Exit code: 0 when every report is ok, 1 when any has findings or was rejected; bad usage throws UsageError. */
export async function run(args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const files = await Promise.all(options.files.map(load));
  const { reports, notes } = await withLogsOnStderr(() => checkFiles(files, readReport));
  for (const note of notes) process.stderr.write(`nianbao: note: ${note}\n`);
  process.stdout.write(options.json ? renderJson(reports) : renderText(reports));
  return reports.every((report) => report.status === 'ok') ? 0 : 1;
}
