import './lambda-test-env.js';
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportBodyMissingError } from '../../functions/shared/store/report-body.js';
import { s3ReportBodies } from '../../functions/shared/aws/s3-report-bodies.js';

const s3 = mockClient(S3Client);
const REF = { bucket: 'uploads', key: 'reports/abc/0123456789abcdef.json', bytes: 2 };
const BYTES = new TextEncoder().encode('{}');

const s3Error = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status } });

afterEach(() => s3.reset());

describe('s3ReportBodies', () => {
  it('puts a body only where none is (If-None-Match), and takes "already there" as done', async () => {
    s3.on(PutObjectCommand).resolvesOnce({}).rejectsOnce(s3Error('PreconditionFailed', 412));
    const bodies = s3ReportBodies(new S3Client({}));
    await bodies.put(REF, BYTES);
    await bodies.put(REF, BYTES);
    expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input).toMatchObject({
      Bucket: 'uploads',
      Key: REF.key,
      Body: BYTES,
      IfNoneMatch: '*',
    });
  });

  it('lets any other put error through, so the event is retried', async () => {
    s3.on(PutObjectCommand).rejects(s3Error('SlowDown', 503));
    await expect(s3ReportBodies(new S3Client({})).put(REF, BYTES)).rejects.toMatchObject({ name: 'SlowDown' });
  });

  it('reads a body back', async () => {
    s3.on(GetObjectCommand, { Bucket: 'uploads', Key: REF.key }).resolves({
      Body: { transformToByteArray: async () => BYTES } as never,
    });
    expect(await s3ReportBodies(new S3Client({})).get(REF)).toEqual(BYTES);
  });

  it.each([
    ['NoSuchKey', 404],
    ['AccessDenied', 403],
  ])('says which body is missing when S3 answers %s', async (name, status) => {
    s3.on(GetObjectCommand).rejects(s3Error(name, status));
    const read = s3ReportBodies(new S3Client({})).get(REF);
    await expect(read).rejects.toThrow(ReportBodyMissingError);
    await expect(read).rejects.toThrow(`s3://uploads/${REF.key} could not be read (${name})`);
  });
});
