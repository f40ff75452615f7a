import { decodeText } from '../functions/parse/decode.js';
import { readReport } from '../functions/parse/read-report.js';
import type { ReadReport } from '../functions/shared/model/report.js';
import { checkAndSuggest } from '../functions/validate/check-and-suggest.js';
import type { BenchFile } from './corpus.js';
import { itemsPerSecond, medianMs } from './measure.js';

export interface Throughput {
  /** Reports per second through readReport + checkAndSuggest (what the CLI and validate run), one core. */
  checkPerSec: number;
  /** The same bytes only decoded and split into lines: the floor the reader is compared with. */
  decodePerSec: number;
  ratio: number;
  /** Share of the corpus the reader parsed: a corpus the reader rejects says little. */
  parsedShare: number;
  /** Median ms of checkAndSuggest alone on a parsed report: the validate function's own work. */
  checkMs: number;
}

export async function measureThroughput(files: readonly BenchFile[]): Promise<Throughput> {
  const parsed = new Map<BenchFile, ReadReport>();
  const checkPerSec = await itemsPerSecond(files, async (file) => {
    const result = await readReport(file);
    if (result.status === 'parsed') {
      checkAndSuggest(result.report);
      parsed.set(file, result.report);
    }
  });
  const decodePerSec = await itemsPerSecond(files, (file) => decodeText(file.bytes)?.split('\n'), { rounds: 5 });
  const checkMs = await medianMs([...parsed.values()], (report) => checkAndSuggest(report));
  return {
    checkPerSec,
    decodePerSec,
    ratio: decodePerSec / checkPerSec,
    parsedShare: parsed.size / files.length,
    checkMs,
  };
}
