import type { _Record as StreamRecord } from '@aws-sdk/client-dynamodb-streams';

/**
 * A stream record as Lambda delivers it (and filters it): the SDK's record with the creation time in epoch
 * seconds, and the stream's ARN and region (arn:aws:dynamodb:<region>:…) added. Images stay in DynamoDB JSON, which
 * is what the filter patterns address.
 */
export function toLambdaStreamRecord(record: StreamRecord, streamArn: string) {
  const { ApproximateCreationDateTime, ...dynamodb } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: streamArn.split(':')[3] ?? '',
    dynamodb: {
      ...dynamodb,
      ...(ApproximateCreationDateTime && {
        ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000),
      }),
    },
    eventSourceARN: streamArn,
  };
}
export type LambdaStreamRecord = ReturnType<typeof toLambdaStreamRecord>;

/** The id Lambda's partial batch responses use for a stream record: its sequence number. */
export function itemIdentifierOf(record: LambdaStreamRecord): string {
  return record.dynamodb.SequenceNumber ?? record.eventID ?? '';
}
