import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { processUpload } from '../../functions/parse/process-upload.js';
import { readReport } from '../../functions/parse/read-report.js';
import { OCR_FAILED, ocrFunction } from '../../functions/shared/aws/ocr-function.js';
import { reportIdOf } from '../../functions/shared/store/table-design.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { createMemoryReportStore } from '../support/memory-store.js';

// An upload read by the OCR function when Lambda cannot run it: the parse invocation fails (its event is retried,
// then parked), nothing is stored; when the function ran and failed on the scan, the upload is rejected as before.

const ref = { bucket: 'uploads', key: 'incoming/tianqiao/扫描件.jpg', version: 'v1' };
const lambda = new LambdaClient({ region: 'cn-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const invoke = mockClient(lambda);

async function uploadRead() {
  const deps = {
    objects: { get: async () => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), lastModified: '2025-01-20T08:00:00.000Z' }) },
    store: createMemoryReportStore(),
    district: loadDistricts().find(({ id }) => id === 'xicheng')!,
    read: readReport,
    ocr: () => ocrFunction('nianbao-xicheng-ocr', ref, lambda),
  };
  const outcome = processUpload(deps, ref);
  return { outcome, stored: async () => deps.store.getReport(reportIdOf(ref)) };
}

/** An error as the SDK throws it once its own retries are spent. */
const serviceError = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } });

describe('an upload whose OCR function cannot be invoked', () => {
  it.each([
    ['throttled', serviceError('TooManyRequestsException', 429)],
    ['failing inside Lambda', serviceError('ServiceException', 500)],
    ['unreachable', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('fails the parse invocation, storing nothing, when Lambda is %s', async (_, error) => {
    invoke.reset().on(InvokeCommand).rejects(error);
    const { outcome, stored } = await uploadRead();
    await expect(outcome).rejects.toThrow(/could not be invoked/);
    expect(await stored()).toBeUndefined();
  });

  it('fails the parse invocation, storing nothing, when the function could not fetch the upload', async () => {
    const Payload = new TextEncoder().encode(JSON.stringify({ unavailable: 'the upload could not be fetched: SlowDown' }));
    invoke.reset().on(InvokeCommand).resolves({ $metadata: {}, StatusCode: 200, Payload: Payload as never });
    const { outcome, stored } = await uploadRead();
    await expect(outcome).rejects.toThrow(/could not be fetched: SlowDown/);
    expect(await stored()).toBeUndefined();
  });

  it('is stored as rejected with S-FORMAT when the function ran and crashed on it', async () => {
    const Payload = new TextEncoder().encode(JSON.stringify({ errorType: 'Runtime.ExitError' }));
    invoke.reset().on(InvokeCommand).resolves({ $metadata: {}, StatusCode: 200, FunctionError: 'Unhandled', Payload: Payload as never });
    const { outcome, stored } = await uploadRead();
    await expect(outcome).resolves.toBe('created');
    expect(await stored()).toMatchObject({
      status: 'REJECTED',
      findings: [expect.objectContaining({ rule: 'S-FORMAT', message: OCR_FAILED })],
    });
  });
});
