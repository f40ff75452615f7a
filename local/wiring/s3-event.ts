import type { S3rverRecord } from '../emulators/s3.js';

/** Encodes a key the way S3 puts it in event notifications: URL-encoded, with '+' for spaces. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The S3 notification AWS would send the parse Lambda for one s3rver record (s3rver's keys are raw). */
export function toLambdaS3Event(record: S3rverRecord, region: string) {
  const { bucket, object } = record.s3;
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: region,
        eventTime: record.eventTime,
        eventName: record.eventName,
        userIdentity: { principalId: 'AWS:LOCAL' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': object.sequencer, 'x-amz-id-2': 'local' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'incoming',
          bucket: { name: bucket.name, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${bucket.name}` },
          object: {
            key: encodeS3EventKey(object.key),
            size: object.size ?? 0,
            ...(object.eTag && { eTag: object.eTag }),
            sequencer: object.sequencer,
          },
        },
      },
    ],
  };
}
