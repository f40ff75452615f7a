import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { s3Objects } from '../../functions/shared/aws/aws-clients.js';

const s3 = mockClient(S3Client);
const REF = { bucket: 'uploads', key: 'incoming/tianqiao/video.mp4', version: 'v1' };
const LAST_MODIFIED = new Date('2025-01-20T08:00:00.000Z');

/** A streamed body of `chunks` 1 kB chunks that counts how many were pulled. */
function streamedBody(chunks: number) {
  const body = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < chunks; i++) {
        body.pulled++;
        yield new Uint8Array(1024).fill(i % 256);
      }
    },
    transformToByteArray: () => Promise.reject(new Error('the whole body was buffered')),
  };
  return body;
}

afterEach(() => s3.reset());

describe('s3Objects', () => {
  it('reads only maxBytes + 1 bytes of an object over the cap, never buffering it all', async () => {
    const body = streamedBody(3 * 1024 * 1024);
    const ContentLength = 3 * 1024 ** 3;
    s3.on(GetObjectCommand).resolves({ Body: body as never, ContentLength, LastModified: LAST_MODIFIED });
    const { bytes, lastModified } = await s3Objects(new S3Client({}), 4096).get(REF);
    expect(bytes.length).toBe(4097);
    expect(body.pulled).toBe(5);
    expect(lastModified).toBe(LAST_MODIFIED.toISOString());
  });

  it('reads an object within the cap whole, by that exact version', async () => {
    const bytes = new TextEncoder().encode('年度报告');
    const Body = { transformToByteArray: async () => bytes } as never;
    s3.on(GetObjectCommand).resolves({ Body, ContentLength: bytes.length, LastModified: LAST_MODIFIED });
    expect((await s3Objects(new S3Client({}), 4096).get(REF)).bytes).toEqual(bytes);
    const input = s3.commandCalls(GetObjectCommand)[0]?.args[0].input;
    expect(input).toEqual({ Bucket: 'uploads', Key: REF.key, VersionId: 'v1' });
  });
});
