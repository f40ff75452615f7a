import iconv from 'iconv-lite';
import { createRandom } from '../corpus/synthetic-random.js';
import { generateCorpus, type SyntheticReport } from '../corpus/synthetic-report.js';

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A few thousand synthetic reports over every text layout and both templates, numbers varied, about 30 %
 * with injected errors; one in ten is GB18030, as many government sites still publish.
 */
export function textCorpus(count: number, seed: number): { reports: SyntheticReport[]; files: BenchFile[] } {
  const reports = generateCorpus(count, seed, 0.3);
  const random = createRandom(seed);
  const encode = (text: string): Uint8Array =>
    random.chance(0.1) ? new Uint8Array(iconv.encode(text, 'gb18030')) : new TextEncoder().encode(text);
  const files = reports.map((report) => ({ name: report.name, bytes: encode(report.text) }));
  return { reports, files };
}
