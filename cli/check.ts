// `nianbao check [--json] FILE... [--xlsx OUT.xlsx]`: reads and checks reports on this machine, no AWS involved.
import { DEFAULT_READ_LIMITS, STOPPED } from '../functions/parse/read-limits.js';
import { CHECK_HELP, parseCheckArgs } from './check-args.js';
import { type FoundFile, findFile, loadFile } from './check-load.js';
import { renderJson, renderText } from './check-output.js';
import { IsolatedReader } from './read-isolated.js';
import type { ReadResult } from '../functions/shared/model/report.js';

/** Exit code: 0 when every report is ok, 1 when any has findings or was rejected; bad usage throws UsageError. */
export async function run(args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  if (options.help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const reader = new IsolatedReader();
  reader.start(); // the worker loads the readers while this thread finds the files and loads the rules
  try {
    const files: FoundFile[] = [];
    for (const path of options.files) files.push(await findFile(path)); // a missing file is bad usage before any read
    const { checkFiles } = await import('./check-files.js');
    // one file in memory at a time, its size asked before it is read
    const read: ReadResult[] = []; // what --xlsx sums: the tables, which the checked reports do not carry
    const { reports, notes } = await checkFiles(files, async (file) => {
      const loaded = await loadFile(file, DEFAULT_READ_LIMITS.maxBytes);
      const result = 'tooLarge' in loaded ? STOPPED.size() : await reader.read(loaded);
      read.push(result);
      return result;
    });
    for (const note of notes) process.stderr.write(`nianbao: note: ${note}\n`);
    // exceljs is loaded only when a workbook is asked for
    if (options.xlsx !== undefined) await (await import('./check-rollup.js')).rollUpTo(options.xlsx, reports, read);
    process.stdout.write(options.json ? renderJson(reports) : renderText(reports));
    return reports.every((report) => report.status === 'ok') ? 0 : 1;
  } finally {
    await reader.stop();
  }
}
