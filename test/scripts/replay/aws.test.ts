import '../../shared/lambda-test-env.js';
import {
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { sqsDeadLetters, StreamRecordsGoneError, streamRangeReader } from '../../../scripts/replay/aws.js';

const streams = mockClient(DynamoDBStreamsClient);
const sqs = mockClient(SQSClient);
const STREAM = 'arn:aws-cn:dynamodb:cn-north-1:123456789012:table/Reports/stream/2026-11-01T00:00:00.000';
const batch = { streamArn: STREAM, shardId: 'shard-1', startSequenceNumber: '200', endSequenceNumber: '300' };
const recordAt = (sequence: string) => ({
  eventID: `e${sequence}`,
  eventName: 'INSERT' as const,
  dynamodb: { SequenceNumber: sequence, Keys: { pk: { S: `REPORT#${sequence}` } } },
});

beforeEach(() => {
  streams.reset();
  sqs.reset();
});

describe('streamRangeReader', () => {
  it('reads from the first sequence number of the range to its last, across pages, as Lambda records', async () => {
    streams.on(GetShardIteratorCommand).resolves({ ShardIterator: 'it-1' });
    streams
      .on(GetRecordsCommand, { ShardIterator: 'it-1' })
      .resolves({ Records: [recordAt('200'), recordAt('250')], NextShardIterator: 'it-2' })
      .on(GetRecordsCommand, { ShardIterator: 'it-2' })
      .resolves({ Records: [recordAt('300'), recordAt('1000')], NextShardIterator: 'it-3' });
    const records = await streamRangeReader(new DynamoDBStreamsClient({}))(batch);
    expect(streams.commandCalls(GetShardIteratorCommand)[0]?.args[0].input).toEqual({
      StreamArn: STREAM,
      ShardId: 'shard-1',
      ShardIteratorType: 'AT_SEQUENCE_NUMBER',
      SequenceNumber: '200',
    });
    const asLambda = (sequence: string) =>
      expect.objectContaining({
        eventSourceARN: STREAM,
        awsRegion: 'cn-north-1',
        dynamodb: expect.objectContaining({ SequenceNumber: sequence }),
      });
    expect(records).toEqual(['200', '250', '300'].map(asLambda));
    expect(streams.commandCalls(GetRecordsCommand)).toHaveLength(2);
  });

  it('stops at the end of a closed shard', async () => {
    streams.on(GetShardIteratorCommand).resolves({ ShardIterator: 'it-1' });
    streams.on(GetRecordsCommand).resolves({ Records: [recordAt('200')] });
    expect(await streamRangeReader(new DynamoDBStreamsClient({}))(batch)).toHaveLength(1);
  });

  it('says plainly when the stream no longer holds the records', async () => {
    streams.on(GetShardIteratorCommand).rejects(new TrimmedDataAccessException({ message: 'trimmed', $metadata: {} }));
    await expect(streamRangeReader(new DynamoDBStreamsClient({}))(batch)).rejects.toThrow(StreamRecordsGoneError);
  });
});

describe('sqsDeadLetters', () => {
  it('receives up to ten messages, hidden while they are re-driven, and deletes by receipt handle', async () => {
    sqs.on(ReceiveMessageCommand).resolves({ Messages: [{ MessageId: 'm1', Body: '{}', ReceiptHandle: 'h1' }] });
    sqs.on(DeleteMessageCommand).resolves({});
    const queue = sqsDeadLetters(new SQSClient({}), 'https://sqs/q', false);
    const [message] = await queue.receive();
    expect(message).toEqual({ id: 'm1', body: '{}', receiptHandle: 'h1' });
    expect(sqs.commandCalls(ReceiveMessageCommand)[0]?.args[0].input).toMatchObject({
      QueueUrl: 'https://sqs/q',
      MaxNumberOfMessages: 10,
      VisibilityTimeout: 300,
    });
    if (message) await queue.delete(message);
    const deleted = sqs.commandCalls(DeleteMessageCommand)[0]?.args[0].input;
    expect(deleted).toEqual({ QueueUrl: 'https://sqs/q', ReceiptHandle: 'h1' });
  });
});
