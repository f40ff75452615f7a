import { describe, expect, it } from 'vitest';
import { objectRefsOf } from '../../../functions/parse/upload-event.js';
import { encodeS3EventKey, toLambdaS3Event } from '../../../local/wiring/s3-event.js';

describe('encodeS3EventKey', () => {
  it.each([
    { key: 'incoming/tianqiao/2020 年报.txt', encoded: 'incoming/tianqiao/2020+%E5%B9%B4%E6%8A%A5.txt' },
    { key: 'incoming/a/x+y.txt', encoded: 'incoming/a/x%2By.txt' },
    { key: 'incoming/a/（1）.docx', encoded: 'incoming/a/%EF%BC%881%EF%BC%89.docx' },
    { key: "incoming/a/it's (1).txt", encoded: 'incoming/a/it%27s+%281%29.txt' },
  ])('encodes $key as S3 does in notifications', ({ key, encoded }) => {
    expect(encodeS3EventKey(key)).toBe(encoded);
    expect(decodeURIComponent(encoded.replace(/\+/g, ' '))).toBe(key);
  });
});

describe('toLambdaS3Event', () => {
  const s3rverRecord = {
    eventName: 'ObjectCreated:Put',
    eventTime: '2026-11-23T09:00:00.000Z',
    s3: {
      bucket: { name: 'nianbao-xicheng-uploads' },
      object: { key: 'incoming/tianqiao/2020 年 报+附件.txt', size: 3, eTag: 'abc', sequencer: '1' },
    },
  };

  it('gives the parse handler the raw key back after its own decoding', () => {
    const event = toLambdaS3Event(s3rverRecord, 'us-east-1');
    expect(event.Records[0]?.s3.object.key).toBe('incoming/tianqiao/2020+%E5%B9%B4+%E6%8A%A5%2B%E9%99%84%E4%BB%B6.txt');
    const [ref] = objectRefsOf(event);
    expect(ref?.bucket).toBe('nianbao-xicheng-uploads');
    expect(ref?.key).toBe('incoming/tianqiao/2020 年 报+附件.txt');
  });
});
