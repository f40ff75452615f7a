// `nianbao check [--json] FILE...`: reads and checks reports on this machine, no AWS involved.
import { readReport } from '../functions/parse/read-report.js';
import { CHECK_USAGE, parseCheckArgs } from './check-args.js';
import { type UploadedFile, checkFiles } from './check-files.js';
import { loadFile } from './check-load.js';
import { renderJson, renderText } from './check-output.js';

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
  if (options.help) {
    process.stdout.write(`${CHECK_USAGE}\n  --json  print the JSON of spec/rules.md instead of a readable table\n`);
    return 0;
  }
  const files: UploadedFile[] = [];
  for (const path of options.files) files.push(await loadFile(path)); // one at a time: a long list opens one file
  const { reports, notes } = await withLogsOnStderr(() => checkFiles(files, readReport));
  for (const note of notes) process.stderr.write(`nianbao: note: ${note}\n`);
  process.stdout.write(options.json ? renderJson(reports) : renderText(reports));
  return reports.every((report) => report.status === 'ok') ? 0 : 1;
}
