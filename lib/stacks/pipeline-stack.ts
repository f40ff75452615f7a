import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { FUNCTIONS, type FunctionName, type FunctionSettings, OCR_FUNCTION_ENV } from '../../pipeline/functions.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { REPORT_BODY_PREFIX } from '../../functions/shared/store/report-body.js';
import { BY_YEAR_INDEX, IDEMPOTENCY_TABLE, REPORT_TABLE } from '../../functions/shared/store/table-design.js';
import { AlarmTopic } from '../constructs/alarm-topic.js';
import { alarmOnDeadLetters, alarmOnErrors, alarmOnStreamLag } from '../constructs/alarms.js';
import { DesignTable } from '../constructs/design-table.js';
import { guardedStreamSource } from '../constructs/guarded-stream-source.js';
import { type DynamoAction, PipelineFunction, type PipelineFunctionProps } from '../constructs/pipeline-function.js';
import { secureBucketProps, secureQueueProps } from '../constructs/secure-defaults.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';
import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../pipeline/stream-filters.js';

export interface PipelineStackProps extends StackProps {
  readonly district: DistrictConfig;
}

/** One district: uploads bucket → parse → table → (stream) validate → (stream) notify + daily digest (README.md). */
export class PipelineStack extends Stack {
  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { district } = props;
    const environment = { DISTRICT_CONFIG: JSON.stringify(district) };

    // S3 log delivery is granted by bucket policy (feature flag serverAccessLogsUseBucketPolicy): no ACLs needed.
    const accessLogs = new Bucket(this, 'AccessLogs', { ...secureBucketProps, versioned: false });
    const uploads = new Bucket(this, 'Uploads', { ...secureBucketProps, serverAccessLogsBucket: accessLogs });
    const reports = new DesignTable(this, 'Reports', REPORT_TABLE);
    const idempotency = new DesignTable(this, 'Idempotency', IDEMPOTENCY_TABLE);
    const { topic: alarms } = new AlarmTopic(this, 'Alarms', {
      emails: district.adminEmails,
      displayName: `nianbao ${district.id}`,
    });
    const deadLetters = (name: string) => {
      const queue = new Queue(this, `${name}DeadLetters`, secureQueueProps);
      alarmOnDeadLetters(this, `${name}DeadLettersAlarm`, queue, alarms);
      new CfnOutput(this, `${name}DeadLettersUrl`, { value: queue.queueUrl, description: 'for npm run replay' });
      return queue;
    };
    const lambda = (name: FunctionName, props: Omit<PipelineFunctionProps, 'entry'> = {}) => {
      const { entry, serviceName, memoryMb, timeoutSeconds, architecture, environment: own }: FunctionSettings =
        FUNCTIONS[name];
      const id = name.charAt(0).toUpperCase() + name.slice(1);
      const fn = new PipelineFunction(this, id, {
        entry,
        memorySize: memoryMb,
        timeout: Duration.seconds(timeoutSeconds),
        ...(architecture === 'x86_64' && { architecture: Architecture.X86_64 }),
        ...props,
        environment: { ...environment, ...own, POWERTOOLS_SERVICE_NAME: serviceName },
      });
      alarmOnErrors(this, `${id}ErrorsAlarm`, fn, alarms);
      return fn;
    };

    // Parse: S3 invokes it asynchronously; two retries, then the event is parked (the object is never deleted).
    const parse = lambda('parse', {
      retryAttempts: FUNCTIONS.parse.asyncRetries,
      deadLetterQueue: deadLetters('Parse'),
    });
    parse.bindTable(reports, 'TABLE_NAME', ['dynamodb:GetItem', 'dynamodb:PutItem']);
    const readUploads = new PolicyStatement({
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [uploads.arnForObjects(`${UPLOAD_PREFIX}*`)],
    });
    parse.addToRolePolicy(readUploads);
    uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(parse), { prefix: UPLOAD_PREFIX });
    // OCR: parse invokes it synchronously for an upload without a text layer only, and stores a failure as a rejected
    // upload (functions/shared/aws/ocr-function.ts); it reads that upload itself.
    const ocr = lambda('ocr', { retryAttempts: FUNCTIONS.ocr.asyncRetries });
    ocr.addToRolePolicy(readUploads);
    parse.addEnvironment(OCR_FUNCTION_ENV, ocr.functionName);
    parse.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [ocr.functionArn] }));
    // A report too large for its item has its full body beside the upload (functions/shared/store/report-body.ts):
    // parse writes it and validate reads it; parse's duplicate check and the mailers read items only (an email quotes
    // findings and tables, never the prose).
    const reportBodies = uploads.arnForObjects(`${REPORT_BODY_PREFIX}*`);
    parse.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [reportBodies] }));

    const validate = lambda('validate');
    const validateActions: DynamoAction[] = [
      'dynamodb:GetItem',
      'dynamodb:Query', // latestFor, on the byYear index
      'dynamodb:UpdateItem',
      'dynamodb:PutItem', // follow-ups
    ];
    validate.bindTable(reports, 'TABLE_NAME', validateActions, [BY_YEAR_INDEX]);
    validate.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [reportBodies] }));
    const validateFailures = deadLetters('Validate');
    validate.addEventSource(guardedStreamSource(reports, validateFailures, VALIDATE_FILTERS));
    alarmOnStreamLag(this, 'ValidateLagAlarm', validate, alarms);

    // Notify and the digest send mail once each (Powertools idempotency) from the district's verified sender.
    const sender = new EmailIdentity(this, 'Sender', { identity: Identity.email(district.sender) });
    const sendMail = new PolicyStatement({ actions: ['ses:SendEmail'], resources: [sender.emailIdentityArn] });
    const idempotencyActions: DynamoAction[] = [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ];
    const mailer = (name: 'notify' | 'digest', tableActions: DynamoAction[]) => {
      const fn = lambda(name);
      fn.bindTable(reports, 'TABLE_NAME', tableActions);
      fn.bindTable(idempotency, 'IDEMPOTENCY_TABLE_NAME', idempotencyActions);
      fn.addToRolePolicy(sendMail);
      return fn;
    };
    const notify = mailer('notify', [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    const notifyFailures = deadLetters('Notify');
    notify.addEventSource(guardedStreamSource(reports, notifyFailures, NOTIFY_FILTERS));
    alarmOnStreamLag(this, 'NotifyLagAlarm', notify, alarms);
    const digest = mailer('digest', ['dynamodb:Scan']);
    // 00:00 UTC is 08:00 in China: the digest is there when the office opens.
    const digestFailures = deadLetters('Digest');
    new Rule(this, 'DailyDigest', { schedule: Schedule.cron({ minute: '0', hour: '0' }) }).addTarget(
      new LambdaFunction(digest, { deadLetterQueue: digestFailures, retryAttempts: FUNCTIONS.digest.asyncRetries }),
    );

    new CfnOutput(this, 'UploadBucketName', { value: uploads.bucketName });
    new CfnOutput(this, 'ReportTableName', { value: reports.tableName });
    new CfnOutput(this, 'IdempotencyTableName', { value: idempotency.tableName });
    new CfnOutput(this, 'UploadPrefix', { value: `${UPLOAD_PREFIX}<agencyId>/` });
    acknowledgeNagFindings(this, {
      functions: [parse, ocr, validate, notify, digest],
      failureQueues: [validateFailures, notifyFailures, digestFailures],
      uploads,
      uploadReaders: [parse, ocr],
    });
  }
}
