import { describe, expect, it } from 'vitest';
import { redriveOf, redriveOfLocal, UnknownDeadLetterError } from '../../../scripts/replay/dead-letter.js';

const s3Event = {
  Records: [
    {
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'uploads' }, object: { key: 'incoming/tianqiao/2020+%E5%B9%B4%E6%8A%A5.pdf', eTag: 'e1' } },
    },
  ],
};
const batch = {
  streamArn: 'arn:aws-cn:dynamodb:cn-north-1:123456789012:table/Reports/stream/2026-11-01T00:00:00.000',
  shardId: 'shardId-00000001',
  startSequenceNumber: '100',
  endSequenceNumber: '120',
  batchSize: 3,
};
const streamFailure = (functionArn: string) => ({
  requestContext: { requestId: 'r1', functionArn, condition: 'RetryAttemptsExhausted', approximateInvokeCount: 6 },
  version: '1.0',
  timestamp: '2026-11-23T10:00:00.000Z',
  DDBStreamBatchInfo: { ...batch, approximateArrivalOfFirstRecord: '2026-11-23T09:59:00Z' },
});

describe('redriveOf', () => {
  it('re-runs parse on the S3 event the parse function DLQ holds', () => {
    expect(redriveOf(s3Event)).toEqual({
      kind: 'event',
      function: 'parse',
      event: s3Event,
      subject: 'incoming/tianqiao/2020+%E5%B9%B4%E6%8A%A5.pdf',
    });
  });

  it('unwraps an on-failure destination record around the S3 event', () => {
    const wrapped = { requestContext: { functionArn: 'arn:…:function:Parse' }, requestPayload: s3Event };
    expect(redriveOf(wrapped)).toMatchObject({ kind: 'event', function: 'parse', event: s3Event });
  });

  it('re-runs the digest for a schedule event', () => {
    const event = { source: 'aws.events', 'detail-type': 'Scheduled Event', time: '2026-11-23T00:00:00Z' };
    expect(redriveOf(event)).toMatchObject({ kind: 'event', function: 'digest', event });
  });

  it.each([
    ['Nianbao-xicheng-ValidateA1B2C3-x9', 'validate'],
    ['Nianbao-xicheng-NotifyD4E5F6-y8', 'notify'],
  ])('reads a stream range back for the function the record names (%s)', (name, fn) => {
    const arn = `arn:aws-cn:lambda:cn-north-1:123456789012:function:${name}`;
    expect(redriveOf(streamFailure(arn))).toEqual({
      kind: 'stream-range',
      function: fn,
      batch,
      subject: 'shardId-00000001 100..120',
    });
  });

  it('takes the stream function from the caller, who may know better than the function name', () => {
    expect(redriveOf(streamFailure('arn:…:function:other'), 'notify')).toMatchObject({ function: 'notify' });
    expect(redriveOf(streamFailure('arn:…:function:x-Validate'), 'notify')).toMatchObject({ function: 'notify' });
    expect(() => redriveOf(streamFailure('arn:…:function:other'))).toThrow(/--function/);
  });

  it.each([{}, { Records: [] }, { Records: [{ eventSource: 'aws:sqs' }] }, 'text', null])(
    'refuses a body it cannot re-drive: %j',
    (body) => {
      expect(() => redriveOf(body)).toThrow(UnknownDeadLetterError);
    },
  );
});

describe('redriveOfLocal', () => {
  const letter = { district: 'xicheng', subject: 'REPORT#r1 REPORT', error: 'boom' };

  it('gives a stream function its parked record as a one-record batch', () => {
    const record = { eventName: 'INSERT', dynamodb: { SequenceNumber: '7' } };
    expect(redriveOfLocal({ ...letter, function: 'validate', event: record })).toEqual({
      kind: 'event',
      function: 'validate',
      event: { Records: [record] },
      subject: 'REPORT#r1 REPORT',
    });
  });

  it('gives parse its S3 event as it was', () => {
    expect(redriveOfLocal({ ...letter, function: 'parse', event: s3Event })).toMatchObject({ event: s3Event });
  });
});
