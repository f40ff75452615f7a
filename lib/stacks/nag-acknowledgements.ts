import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { REPORT_BODY_PREFIX } from '../../functions/shared/store/report-body.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';

/** The AWS Solutions findings the pipeline keeps on purpose, each with its reason (cdk-nag 3 Validations API). */
export interface NagExceptions {
  /** Every Lambda function of the stack. */
  functions: IConstruct[];
  /** Queues that receive failed events from a stream source or an EventBridge target: they are the DLQs. */
  failureQueues: IConstruct[];
  /** The uploads bucket, read under its upload prefix only, by these functions (parse, OCR). */
  uploads: IBucket;
  uploadReaders: IConstruct[];
}

const BASIC_EXECUTION_ROLE =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

export function acknowledgeNagFindings(stack: Stack, { functions, failureQueues, uploads, uploadReaders }: NagExceptions) {
  for (const fn of functions) {
    Validations.of(fn).acknowledge(
      { id: BASIC_EXECUTION_ROLE, reason: 'Grants only CloudWatch Logs writes, which every function needs.' },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray PutTraceSegments/PutTelemetryRecords have no resource-level permissions; every other statement ' +
          'names its table, index, stream, object prefix or identity.',
      },
    );
  }
  for (const queue of failureQueues) {
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the on-failure destination of a stream source or a schedule target: it is the DLQ.',
    });
  }
  const uploadsId = stack.getLogicalId(uploads.node.defaultChild as CfnBucket);
  for (const reader of uploadReaders) {
    Validations.of(reader).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${uploadsId}.Arn>/${UPLOAD_PREFIX}*]`,
      reason: 'Reads any upload under incoming/ (object names are the agencies’ own); nothing else in the bucket.',
    });
  }
  for (const fn of functions) {
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${uploadsId}.Arn>/${REPORT_BODY_PREFIX}*]`,
      reason:
        'The bodies of reports too large for their item are named by report id and content hash under reports/: ' +
        'parse writes them, every stage reads them; nothing else in the bucket.',
    });
  }
  // The handler CDK adds to configure bucket notifications (one per stack, named by a fixed hash).
  const notificationsHandler = stack.node.children.find(({ node }) => node.id.startsWith('BucketNotificationsHandler'));
  if (notificationsHandler) {
    Validations.of(notificationsHandler).acknowledge({
      id: BASIC_EXECUTION_ROLE,
      reason: 'CDK’s bucket-notification custom resource; it runs at deployment only and writes only its logs.',
    });
  }
}
