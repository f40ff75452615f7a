import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { type OcrFunctionReply, ocrFunctionReplySchema, type OcrRequest } from '../../ocr/ocr-contract.js';
import type { ReadScan } from '../../parse/formats/ocr/ocr-scan.js';
import { OcrUnavailableError } from '../../parse/formats/ocr/ocr-unavailable.js';
import { UnreadableFileError } from '../../parse/formats/unreadable.js';
import { ASK_FOR } from '../../parse/read-limits.js';
import type { ObjectRef } from '../model/stored-report.js';

/** A crash, a timeout or an error of the OCR function: the upload is rejected with this, never parked. */
export const OCR_FAILED =
  `扫描件的文字识别未能完成（图片可能已损坏、无法解码或页面过大）；${ASK_FOR}`;

// parse/handler.ts imports this module on the first scan only. The SDK is imported here statically and by name: a
// dynamic import of the package would keep all its exports, its waiters among them, in a chunk every cold start loads.
let client: LambdaClient | undefined;

/**
 * The SDK's own retries, before a fault is the event's to retry: three attempts, backing off, on throttling, 5xx and
 * network errors (a throttle or a refused connection answers at once, so they fit the minute parse's timeout leaves
 * beyond one OCR run). A connection is given a few seconds; the answer as long as OCR runs (no request timeout).
 */
export const OCR_CLIENT_CONFIG = { maxAttempts: 3, retryMode: 'standard', requestHandler: { connectionTimeout: 5_000 } } as const;

/**
 * OCR of one upload by the OCR function (functions/ocr/handler.ts), invoked synchronously: it reads the object named
 * by `ref` itself (the bytes parse holds may be larger than an invocation's payload). Throws UnreadableFileError,
 * which readReport turns into S-FORMAT, when the function says the scan cannot be read or fails on it (a crash, a
 * timeout, a stray answer); OcrUnavailableError when Lambda could not run it (throttled, failing, unreachable) or the
 * function could not fetch the upload, which fails the parse invocation so that its event is retried: the scan is
 * not at fault.
 */
export function ocrFunction(functionName: string, ref: ObjectRef, lambda?: LambdaClient): ReadScan {
  return async ({ kind }) => {
    const request: OcrRequest = { ...ref, kind };
    const invoke = new InvokeCommand({ FunctionName: functionName, Payload: JSON.stringify(request) });
    const output = await (lambda ?? (client ??= new LambdaClient(OCR_CLIENT_CONFIG))).send(invoke).catch((error: unknown) => {
      throw new OcrUnavailableError(`the OCR function ${functionName} could not be invoked`, { cause: error });
    });
    const reply = output.FunctionError ? undefined : replyOf(output.Payload);
    if (!reply) throw new UnreadableFileError(OCR_FAILED);
    if ('unavailable' in reply) throw new OcrUnavailableError(`the OCR function ${functionName}: ${reply.unavailable}`);
    if ('unreadable' in reply) throw new UnreadableFileError(reply.unreadable);
    return reply.pages;
  };
}

/** The function's JSON answer, or undefined when it is none (an empty or cut-off payload). */
function replyOf(payload: Uint8Array | undefined): OcrFunctionReply | undefined {
  try {
    return ocrFunctionReplySchema.parse(JSON.parse(new TextDecoder().decode(payload)));
  } catch {
    return undefined;
  }
}
