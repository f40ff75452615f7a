import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { parseDistrictConfig } from '../../functions/shared/model/district.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { STREAM_LAG_ALARM } from '../../lib/constructs/alarms.js';
import { PipelineStack } from '../../lib/stacks/pipeline-stack.js';
import { REPORT_BODY_PREFIX } from '../../functions/shared/store/report-body.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../pipeline/stream-filters.js';
import { STREAM_SETTINGS } from '../../pipeline/stream-settings.js';
import { STREAM_SOURCES } from '../../local/stack/stream-sources.js';
import { testApp } from './test-app.js';
import { FUNCTIONS, OCR_FUNCTION_ENV } from '../../pipeline/functions.js';

const district = loadDistricts().find(({ id }) => id === 'xicheng')!;
const app = testApp();
const stack = new PipelineStack(app, 'Nianbao-xicheng', { district });
const template = Template.fromStack(stack);

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
const statements: Statement[] = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
  (policy) => policy.Properties.PolicyDocument.Statement,
);
const actionsOf = (statement: Statement) => [statement.Action].flat();
/** The logical id of the one function whose environment names this service. */
function functionId(service: string): string {
  const found = template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: service } } },
  });
  const [id] = Object.keys(found);
  if (!id) throw new Error(`no function ${service}`);
  return id;
}
function mappingOf(service: string) {
  return template.findResources('AWS::Lambda::EventSourceMapping', {
    Properties: { FunctionName: { Ref: functionId(service) } },
  });
}

describe('uploads', () => {
  it('keeps the bucket private, encrypted, versioned, TLS-only, and every current version', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: Match.objectLike({ ServerSideEncryptionConfiguration: Match.anyValue() }),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [
          {
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: 365 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
            ExpirationInDays: Match.absent(), // an agency's report, as uploaded, is kept
          },
        ],
      },
      LoggingConfiguration: Match.anyValue(),
    });
    const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
    for (const bucket of buckets) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('disables ACLs on every bucket; S3 delivers access logs by bucket policy, for the uploads bucket only', () => {
    template.allResourcesProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: Match.objectLike({
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^Uploads'), 'Arn'] } },
            }),
          }),
        ]),
      },
    });
  });

  it('invokes parse on every kind of object creation under incoming/ only', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [functionId('nianbao-parse'), 'Arn'] },
          },
        ],
      },
    });
  });

  it('retries a failed parse twice, then parks the event in an encrypted queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId('nianbao-parse') },
      MaximumRetryAttempts: 2,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { POWERTOOLS_SERVICE_NAME: 'nianbao-parse' } },
      DeadLetterConfig: { TargetArn: Match.anyValue() },
    });
  });
});

describe('table', () => {
  it('has the keys and index of table-design.ts, on demand, encrypted, with PITR and both stream images', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'byYear',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
        }),
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      SSESpecification: { SSEEnabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('keeps both tables when someone deletes them or the stack: deletion protection and a Retain policy', () => {
    const tables = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      expect(table.Properties.Replicas).toEqual([expect.objectContaining({ DeletionProtectionEnabled: true })]);
    }
  });

  it('adds the idempotency table Powertools expects: key id, TTL expiration', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });
});

describe('functions', () => {
  it('run on the newest Node.js runtime, on ARM, with the district config and table names', () => {
    const functions = ['parse', 'validate', 'notify', 'digest'].map((name) => `nianbao-${name}`);
    for (const service of functions) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: Match.objectLike({
            POWERTOOLS_SERVICE_NAME: service,
            NODE_OPTIONS: Match.absent(), // source maps off at cold start, as bench/ measures it (bundle-settings.ts)
            TABLE_NAME: Match.anyValue(),
            DISTRICT_CONFIG: JSON.stringify(district),
          }),
        },
      });
    }
    const notify = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: 'nianbao-notify' } } },
    });
    const variables = Object.values(notify)[0]?.Properties.Environment.Variables;
    expect(variables.IDEMPOTENCY_TABLE_NAME).toBeDefined();
    expect(parseDistrictConfig(variables.DISTRICT_CONFIG, 'test')).toEqual(district);
  });

  it('run OCR on x86_64 with the memory and timeout pipeline/functions.ts sizes, parse waiting longer than it', () => {
    const ocr = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: 'nianbao-ocr' } } },
    });
    expect(Object.values(ocr)).toEqual([
      expect.objectContaining({
        Properties: expect.objectContaining({
          Runtime: 'nodejs24.x',
          Architectures: ['x86_64'],
          MemorySize: FUNCTIONS.ocr.memoryMb,
          Timeout: FUNCTIONS.ocr.timeoutSeconds,
          // One recogniser thread for the vCPU share 2,048 MB buys.
          Environment: { Variables: expect.objectContaining({ OCR_THREADS: '1' }) },
        }),
      }),
    ]);
    expect(FUNCTIONS.parse.timeoutSeconds).toBeGreaterThan(FUNCTIONS.ocr.timeoutSeconds);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: FUNCTIONS.parse.timeoutSeconds,
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'nianbao-parse',
          [OCR_FUNCTION_ENV]: { Ref: functionId('nianbao-ocr') },
        }),
      },
    });
    // Invoked synchronously: no retry of an asynchronous event.
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId('nianbao-ocr') },
      MaximumRetryAttempts: 0,
    });
  });

  it('keep their logs a month', () => {
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 5);
  });
});

describe('stream sources', () => {
  it('retry a bounded number of times, split failing batches, then park records in a DLQ', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    template.allResourcesProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: STREAM_SETTINGS.batchSize,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: STREAM_SETTINGS.retryAttempts,
      MaximumRecordAgeInSeconds: STREAM_SETTINGS.maxRecordAgeHours * 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it.each(STREAM_SOURCES)('feed $function only the records its filters name, batched as locally', (source) => {
    const [mapping] = Object.values(mappingOf(`nianbao-${source.function}`));
    const { batchSize, retryAttempts } = source;
    expect(mapping?.Properties).toMatchObject({ BatchSize: batchSize, MaximumRetryAttempts: retryAttempts });
    const patterns = mapping?.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => filter.Pattern);
    expect(patterns?.map((pattern: string) => JSON.parse(pattern))).toEqual(source.filters);
  });

  it('validate gets new PARSED reports; notify gets REJECTED inserts, PARSED → VALIDATED and new follow-ups', () => {
    expect(VALIDATE_FILTERS).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { sk: { S: ['REPORT'] }, status: { S: ['PARSED'] } } } },
    ]);
    expect(NOTIFY_FILTERS.map((filter) => JSON.stringify(filter))).toEqual([
      expect.stringMatching(/"INSERT".*"NewImage":\{"sk":\{"S":\["REPORT"\]\},"status":\{"S":\["REJECTED"\]\}/),
      expect.stringMatching(/"MODIFY".*"NewImage".*"VALIDATED".*"OldImage".*"PARSED"/),
      expect.stringContaining('"Keys":{"sk":{"S":[{"prefix":"FOLLOWUP#"}]}}'),
    ]);
  });
});

describe('queues and alarms', () => {
  const [alarmTopicId] = Object.keys(template.findResources('AWS::SNS::Topic'));

  it('encrypts every queue and refuses it over plain HTTP', () => {
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    expect(queues).toHaveLength(4);
    template.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    for (const queue of queues) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queue }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('alarms on each DLQ depth, each function’s errors and each stream consumer’s lag', () => {
    const dlqDepth = { MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1 };
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', dlqDepth, 4);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Threshold: 1 }, 5);
    const lag = { MetricName: 'IteratorAge', Statistic: 'Maximum', Threshold: STREAM_LAG_ALARM.toMilliseconds() };
    for (const service of ['nianbao-validate', 'nianbao-notify']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...lag,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId(service) } }],
      });
    }
    template.resourceCountIs('AWS::CloudWatch::Alarm', 11);
  });

  it('send every alarm to the district’s alarm topic, and a drained queue or a caught-up stream too', () => {
    const topic = { Ref: alarmTopicId };
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [topic] });
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { OKActions: [topic] }, 6);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'Errors', OKActions: Match.absent() }, 5);
  });

  it('mail the alarm topic to the district office’s admin addresses', () => {
    template.resourceCountIs('AWS::SNS::Subscription', district.adminEmails.length);
    for (const email of district.adminEmails) {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: email,
        TopicArn: { Ref: alarmTopicId },
      });
    }
  });

  it('encrypt the alarm topic with a rotated key CloudWatch may use, and take only TLS and CloudWatch publishes', () => {
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: alarmTopicId }],
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: Match.objectLike({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }),
          }),
        ],
      },
    });
  });
});

describe('permissions', () => {
  it('grants no wildcard resource except for actions that have no resource-level permissions', () => {
    const wildcard = statements.filter((statement) => statement.Resource === '*');
    const actions = new Set(wildcard.flatMap(actionsOf));
    expect([...actions].sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  /** The statements of the policy on one function's role. */
  const statementsOf = (role: string): Statement[] =>
    Object.values(template.findResources('AWS::IAM::Policy')).find((policy) =>
      JSON.stringify(policy.Properties.Roles).includes(`${role}ServiceRole`),
    )?.Properties.PolicyDocument.Statement ?? [];
  /** The S3 actions a function's role holds, by the object prefix they name. */
  const s3GrantsOf = (role: string) =>
    statementsOf(role)
      .filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')))
      .map((statement) => ({
        actions: actionsOf(statement).sort(),
        prefix: /\/([a-z]+\/)\*"/.exec(JSON.stringify(statement.Resource))?.[1],
      }));

  it('lets parse read incoming/ objects, get or put reports and invoke OCR, nothing more', () => {
    const granted = statementsOf('Parse').flatMap(actionsOf).filter((action) => !action.startsWith('xray:'));
    expect([...new Set(granted)].sort()).toEqual([
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'lambda:InvokeFunction',
      's3:GetObject',
      's3:GetObjectVersion',
      's3:PutObject',
      'sqs:SendMessage',
    ]);
  });

  it('lets OCR read uploads under incoming/ only, and nothing else', () => {
    expect(s3GrantsOf('Ocr')).toEqual([{ actions: ['s3:GetObject', 's3:GetObjectVersion'], prefix: UPLOAD_PREFIX }]);
    const granted = statementsOf('Ocr').flatMap(actionsOf).filter((action) => !action.startsWith('xray:'));
    expect([...new Set(granted)].sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion']);
  });

  it('lets parse, and nothing else, invoke the OCR function, and that function only', () => {
    const invoke = statements.filter((statement) => actionsOf(statement).some((action) => action.startsWith('lambda:')));
    expect(invoke).toEqual([
      expect.objectContaining({ Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [functionId('nianbao-ocr'), 'Arn'] } }),
    ]);
    expect(statementsOf('Parse')).toContainEqual(invoke[0]);
    // Only S3 may invoke parse; nothing may invoke OCR by a resource policy.
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission'));
    expect(JSON.stringify(permissions)).not.toContain(functionId('nianbao-ocr'));
  });

  it('lets parse write report bodies under reports/ and read uploads under incoming/ only', () => {
    expect(s3GrantsOf('Parse')).toEqual(
      expect.arrayContaining([
        { actions: ['s3:GetObject', 's3:GetObjectVersion'], prefix: UPLOAD_PREFIX },
        { actions: ['s3:PutObject'], prefix: REPORT_BODY_PREFIX },
      ]),
    );
    expect(s3GrantsOf('Parse')).toHaveLength(2);
  });

  it('lets validate read report bodies under reports/, and no other object', () => {
    expect(s3GrantsOf('Validate')).toEqual([{ actions: ['s3:GetObject'], prefix: REPORT_BODY_PREFIX }]);
  });

  it.each(['Notify', 'Digest'])('lets %s read no object: the mailers read report items only', (role) => {
    expect(s3GrantsOf(role)).toEqual([]);
  });

  it('lets only the mailers send email, from the district sender identity only', () => {
    const sendEmail = statements.filter((statement) => actionsOf(statement).some((name) => name.startsWith('ses:')));
    expect(sendEmail).toHaveLength(2);
    for (const statement of sendEmail) {
      expect(statement.Action).toBe('ses:SendEmail');
      expect(JSON.stringify(statement.Resource)).toContain(':identity/');
    }
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: district.sender });
  });
});

describe('the district stack', () => {
  it('runs the daily digest at 08:00 China time, with its own DLQ', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 0 * * ? *)',
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue(), RetryPolicy: { MaximumRetryAttempts: 2 } })],
    });
  });

  it('outputs the bucket, the tables, the upload prefix and the dead-letter queues', () => {
    template.hasOutput('UploadBucketName', {});
    template.hasOutput('ReportTableName', {});
    template.hasOutput('UploadPrefix', { Value: 'incoming/<agencyId>/' });
    template.hasOutput('IdempotencyTableName', {});
    // What an operator passes to `npm run replay -- --queue-url`.
    for (const stage of ['Parse', 'Validate', 'Notify', 'Digest']) template.hasOutput(`${stage}DeadLettersUrl`, {});
  });

  it('passes the AWS Solutions checks, every exception acknowledged with a reason', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
    expect(report.success).toBe(true);
  }, 60_000); // cdk-nag walks every resource: seconds, more on a busy machine
});
