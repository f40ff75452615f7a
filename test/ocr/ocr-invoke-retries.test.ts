import { LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { OcrUnavailableError } from '../../functions/parse/formats/ocr/ocr-unavailable.js';
import { OCR_CLIENT_CONFIG, ocrFunction } from '../../functions/shared/aws/ocr-function.js';

// The OCR invocation's own retries, through the SDK's real retry strategy over a stub HTTP handler (no AWS).

const THROTTLED = {
  statusCode: 429,
  headers: { 'x-amzn-errortype': 'TooManyRequestsException', 'content-type': 'application/json' },
  body: new TextEncoder().encode(JSON.stringify({ message: 'Rate exceeded', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' })),
};
const ANSWERED = { statusCode: 200, headers: {}, body: new TextEncoder().encode(JSON.stringify({ pages: [] })) };

/** A Lambda client configured as parse's, whose HTTP calls get `answers` in turn. */
function clientAnswering(...answers: (typeof ANSWERED)[]) {
  const calls: unknown[] = [];
  const requestHandler = {
    handle: async (request: unknown) => {
      calls.push(request);
      return { response: answers[Math.min(calls.length, answers.length) - 1]! };
    },
  };
  const client = new LambdaClient({
    ...OCR_CLIENT_CONFIG,
    requestHandler,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
  return { client, calls };
}
const read = (client: LambdaClient) =>
  ocrFunction('nianbao-xicheng-ocr', { bucket: 'uploads', key: 'incoming/a/scan.jpg', version: 'v1' }, client)({
    kind: 'image',
    bytes: new Uint8Array(),
  });

describe('the OCR invocation on a throttled Lambda', () => {
  it('retries a throttle and reads the answer that follows', { timeout: 20_000 }, async () => {
    const { client, calls } = clientAnswering(THROTTLED, THROTTLED, ANSWERED);
    await expect(read(client)).resolves.toEqual([]);
    expect(calls).toHaveLength(3);
  });

  it('gives up after three attempts with OcrUnavailableError, for the event to be retried', { timeout: 20_000 }, async () => {
    const { client, calls } = clientAnswering(THROTTLED);
    const error = await read(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OcrUnavailableError);
    expect((error as Error).cause).toMatchObject({ name: 'TooManyRequestsException' });
    expect(calls).toHaveLength(3);
  });
});
