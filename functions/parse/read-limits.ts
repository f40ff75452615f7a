// The limits readReport (read-report.ts) reads within, and the S-FORMAT it gives a file it does not read through.
// Apart from the readers so that the CLI, which reads in a worker (cli/read-isolated.ts), loads none of them itself.
import { type Finding, finding } from '../shared/model/finding.js';
import type { ReadResult } from '../shared/model/report.js';
import { DEFAULT_BUDGETS, type ReadBudgets } from './formats/budgets.js';

export interface ReadLimits {
  /** Files larger than this are rejected unread. */
  maxBytes: number;
  /** A reader not done by then is given up: no file under maxBytes may hold the pipeline longer. */
  maxMs: number;
  /** What the readers may find in a file, counted as they read (formats/budgets.ts). */
  budgets: ReadBudgets;
}

/** The start of the message for a file the reader failed on by a bug: the fuzzer counts these as crashes. */
export const READ_FAILED = '读取文件时出错，暂时无法检查；';

/** Real reports (~40 pages at the longest) read in well under a second: only a hostile file nears 20 s. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 10 * 1024 * 1024, maxMs: 20_000, budgets: DEFAULT_BUDGETS };

/** What to upload instead, the end of every S-FORMAT message. */
export const ASK_FOR = '请上传 Word（.docx 或 .doc）、可复制文字的 PDF、HTML 或文本（.txt）格式的年度报告';
const TOO_COMPLEX = '文件内容过多或结构过于复杂';
const ONLY_THE_REPORT = '附件、图片等年度报告以外的内容请不要放进同一文件；';

/**
 * Why reading a file was given up, for the agency: over the size limit (checked before reading), over the time
 * budget, over the memory the reading may use (the CLI reads in a worker with a memory cap), or a bug in a reader.
 */
export const STOPPED: Record<'size' | 'time' | 'memory' | 'failed', (limits?: Partial<ReadLimits>) => ReadResult> = {
  size: (limits) => {
    const megabytes = Math.round({ ...DEFAULT_READ_LIMITS, ...limits }.maxBytes / 1024 / 1024);
    return rejected(`文件超过 ${megabytes} MB 的上限；请上传不含图片的年度报告，${ASK_FOR}`);
  },
  time: (limits) => {
    const seconds = Math.round({ ...DEFAULT_READ_LIMITS, ...limits }.maxMs / 1000);
    return rejected(`${TOO_COMPLEX}，${seconds} 秒内未能读完；${ONLY_THE_REPORT}${ASK_FOR}`);
  },
  memory: () => rejected(`${TOO_COMPLEX}，读取所需的内存超过上限；${ONLY_THE_REPORT}${ASK_FOR}`),
  failed: () => rejected(`${READ_FAILED}${ASK_FOR}`),
};

export function rejected(message: string): ReadResult {
  const findings: [Finding, ...Finding[]] = [finding('S-FORMAT', { message })];
  return { status: 'rejected', findings };
}
