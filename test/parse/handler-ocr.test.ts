import { deployedEnvironment, fakeContext } from '../shared/lambda-test-env.js';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OcrReply } from '../../functions/ocr/ocr-contract.js';
import { OCR_FAILED } from '../../functions/shared/aws/ocr-function.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { OCR_FUNCTION_ENV } from '../../pipeline/functions.js';

// The deployed parse handler with an OCR function named: a scan goes to that function, whose failure of any kind
// is a rejected upload, never a thrown event.

const xicheng = loadDistricts().find(({ id }) => id === 'xicheng')!;
const s3 = mockClient(S3Client);
const lambda = mockClient(LambdaClient);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
const KEY = 'incoming/tianqiao/扫描件.jpg';

function serve(bytes: Uint8Array) {
  const Body = { transformToByteArray: async () => bytes } as never; // the part of the SDK stream s3Objects reads
  s3.on(GetObjectCommand).resolves({ Body, LastModified: new Date('2025-01-20T08:00:00.000Z') });
}
/** What Lambda answers; the SDK's payload is a Uint8Array with string helpers, of which ocr-function.ts reads the bytes. */
const answer = (reply: unknown, FunctionError?: string): InvokeCommandOutput => ({
  $metadata: {},
  StatusCode: 200,
  FunctionError,
  Payload: new TextEncoder().encode(JSON.stringify(reply)) as InvokeCommandOutput['Payload'],
});
const upload = (version: string, key = KEY) => ({
  Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key, versionId: version } } }],
});
const rejectedWith = (message: string) => ({
  status: 'REJECTED',
  findings: [expect.objectContaining({ rule: 'S-FORMAT', message })],
});

describe('the deployed parse handler, with an OCR function', () => {
  const doc = deployedEnvironment(xicheng);
  beforeAll(() => vi.stubEnv(OCR_FUNCTION_ENV, 'nianbao-xicheng-ocr'));
  beforeEach(() => {
    s3.reset();
    lambda.reset();
    doc.reset();
    doc.on(GetCommand).resolves({});
    doc.on(PutCommand).resolves({});
    serve(JPEG);
  });
  /** The parse handler's stored item for one upload event. */
  async function storedAfter(event: unknown) {
    const { handler } = await import('../../functions/parse/handler.js');
    await handler(event, fakeContext('parse'));
    return doc.commandCalls(PutCommand)[0]?.args[0].input.Item;
  }

  it('asks the OCR function to read that very object version, and reads the pages it answers', async () => {
    const pages: OcrReply = { pages: [] };
    lambda.on(InvokeCommand).resolves(answer(pages));
    const item = await storedAfter(upload('v1'));
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(1);
    const input = lambda.commandCalls(InvokeCommand)[0]!.args[0].input;
    expect(input.FunctionName).toBe('nianbao-xicheng-ocr');
    expect(input.InvocationType ?? 'RequestResponse').toBe('RequestResponse');
    expect(JSON.parse(String(input.Payload))).toEqual({ bucket: 'uploads', key: KEY, version: 'v1', kind: 'image' });
    // No table in the pages: the scan is not a report, said as the OCR reader says it.
    expect(item).toMatchObject({ status: 'REJECTED', findings: [expect.objectContaining({ rule: 'S-FORMAT' })] });
    expect(JSON.stringify(item)).toContain('扫描件中没有识别出');
  });

  it.each([
    ['a crash (a segfault in the image decoder)', answer({ errorType: 'Runtime.ExitError' }, 'Unhandled')],
    ['a timeout', answer({ errorMessage: 'Task timed out after 300.00 seconds' }, 'Unhandled')],
    ['an answer that is not the contract', answer({ pages: [{ page: 'nonsense' }] })],
    ['no answer at all', { $metadata: {}, StatusCode: 200 }],
  ])('stores the upload as rejected with a plain Chinese S-FORMAT on %s', async (_, output) => {
    lambda.on(InvokeCommand).resolves(output);
    const item = await storedAfter(upload('v2'));
    expect(item).toMatchObject(rejectedWith(OCR_FAILED));
  });

  it('passes on the reason OCR gives for a scan it cannot read', async () => {
    const unreadable: OcrReply = { unreadable: '扫描件超过 40 页，未作核查。' };
    lambda.on(InvokeCommand).resolves(answer(unreadable));
    const item = await storedAfter(upload('v3'));
    expect(item).toMatchObject(rejectedWith(unreadable.unreadable));
  });

  it('never invokes OCR for a file with text', async () => {
    serve(new TextEncoder().encode('这不是年度报告'));
    await storedAfter(upload('v4', 'incoming/tianqiao/a.txt'));
    expect(lambda.commandCalls(InvokeCommand)).toHaveLength(0);
  });
});
