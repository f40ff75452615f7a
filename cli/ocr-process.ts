// OCR for the CLI's reading worker (read-worker.ts), in a child process: the image decoder's native code segfaults on
// some corrupt images, which would end the whole CLI, worker threads and all; a child's crash rejects that file only.
import { type ChildProcess, fork } from 'node:child_process';
import { z } from 'zod';
import { ocrReplySchema } from '../functions/ocr/ocr-contract.js';
import type { ReadScan } from '../functions/parse/formats/ocr/ocr-scan.js';
import { UnreadableFileError } from '../functions/parse/formats/unreadable.js';
import { ASK_FOR } from '../functions/parse/read-limits.js';

/** For the agency: the OCR process ended without an answer, which the decoder does on a corrupt image. */
export const OCR_CRASHED = `扫描件的图片无法解码，文字识别中途停止（文件可能已损坏）；${ASK_FOR}`;

/** What the child answers (ocr-child.ts): the OCR function's own reply (functions/ocr/ocr-contract.ts). */
const answerSchema = z.object({ id: z.number(), reply: ocrReplySchema });

const CHILD = new URL('./ocr-child.ts', import.meta.url);

/**
 * A ReadScan whose OCR runs in a child process, started on the first scan and kept for the next (the models load
 * once); after a crash the next scan starts a fresh one. The child's output goes to stderr: stdout is the CLI's.
 */
export function ocrInChildProcess(): ReadScan {
  let child: ChildProcess | undefined;
  let nextId = 0;
  return (scan) => {
    const running = (child ??= fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced', // the scan's bytes go as bytes, not as JSON numbers
      stdio: ['ignore', 2, 2, 'ipc'],
    }));
    const id = (nextId += 1);
    return new Promise((resolve, reject) => {
      const onMessage = (message: unknown) => {
        const answer = answerSchema.safeParse(message);
        if (!answer.success || answer.data.id !== id) return;
        done();
        const { reply } = answer.data;
        if ('pages' in reply) resolve(reply.pages);
        else reject(new UnreadableFileError(reply.unreadable));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        done();
        if (child === running) child = undefined;
        process.stderr.write(`nianbao: the OCR process ended (${signal ?? `code ${code}`}) while reading a scan\n`);
        reject(new UnreadableFileError(OCR_CRASHED));
      };
      const done = () => {
        running.off('message', onMessage);
        running.off('exit', onExit);
      };
      running.on('message', onMessage);
      running.on('exit', onExit);
      running.send({ id, ...scan });
    });
  };
}
