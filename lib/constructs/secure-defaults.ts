import { Duration } from 'aws-cdk-lib';
import { Billing, type TablePropsV2, TableEncryptionV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, BucketEncryption, type BucketProps, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';

/**
 * Uploads hold agencies' reports: private, encrypted, TLS only. Current versions never expire; a version replaced
 * or deleted is kept a year, and parts of an upload never completed go after a week.
 */
export const secureBucketProps: BucketProps = {
  encryption: BucketEncryption.S3_MANAGED,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  versioned: true,
  lifecycleRules: [
    { noncurrentVersionExpiration: Duration.days(365), abortIncompleteMultipartUploadAfter: Duration.days(7) },
  ],
};

/** Dead-letter queues: encrypted, TLS only, and kept for the longest SQS allows, so a parked event can be replayed. */
export const secureQueueProps: QueueProps = {
  encryption: QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
  retentionPeriod: Duration.days(14),
};

/**
 * Tables: on-demand, encrypted, point-in-time recovery, and protected from deletion: a district's reports and
 * findings are records (the keys come from table-design.ts).
 */
export const secureTableProps: Omit<TablePropsV2, 'partitionKey'> = {
  billing: Billing.onDemand(),
  encryption: TableEncryptionV2.awsManagedKey(),
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  deletionProtection: true,
};
