import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createReportStore } from '../../functions/shared/aws/aws-clients.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { IDEMPOTENCY_TABLE, REPORT_TABLE } from '../../functions/shared/store/table-design.js';
import type { LocalClients } from '../clients.js';
import type { Emulators } from '../emulators/index.js';
import { FUNCTION_NAMES, type FunctionName, OCR_FUNCTION_ENV } from '../../pipeline/functions.js';
import { startInvokeEndpoint } from '../lambda/invoke-endpoint.js';
import { startLambdaHost } from '../lambda/lambda-host.js';
import { startProcessHost } from '../lambda/process-host.js';
import type { DeadLetterQueue } from '../wiring/dead-letters.js';
import { type StreamPoller, startStreamPoller } from '../wiring/stream-poller.js';
import { STREAM_SOURCES } from './stream-sources.js';
import { createTable } from './tables.js';

/** One district's emulated stack: its bucket, tables, functions and stream event sources. */
export interface DistrictStack {
  district: DistrictConfig;
  bucket: string;
  tableName: string;
  store: ReportStore;
  invoke(name: FunctionName, event: unknown): Promise<unknown>;
  upload(key: string, bytes: Uint8Array): Promise<void>;
  /** True when no stream batch is waiting or being delivered. */
  idle(): boolean;
  stop(): Promise<void>;
}

export interface DistrictStackOptions {
  emulators: Emulators;
  clients: LocalClients;
  dlq: DeadLetterQueue;
  /** Where the functions' logs go (one file per district); none: discarded. */
  logDir?: string;
}

/** Builds the stack the CDK app would deploy for a district, on the emulators (names are local, not generated). */
export async function startDistrictStack(district: DistrictConfig, options: DistrictStackOptions) {
  const { emulators, clients, dlq } = options;
  const bucket = `nianbao-${district.id}-uploads`;
  await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const reports = await createTable(clients.dynamo, `nianbao-${district.id}-reports`, REPORT_TABLE);
  const idempotency = await createTable(clients.dynamo, `nianbao-${district.id}-idempotency`, IDEMPOTENCY_TABLE);
  if (!reports.streamArn) throw new Error(`DynamoDB Local gave ${reports.tableName} no stream`);
  const prefix = `nianbao-${district.id}`;
  const env = { ...emulators.awsEnv, DISTRICT_CONFIG: JSON.stringify(district) };
  const logFile = options.logDir && join(options.logDir, `${district.id}.log`);
  // OCR runs in a process of its own, which parse invokes through the Lambda API as in the cloud.
  const ocr = startProcessHost(prefix, 'ocr', env, logFile);
  const ocrName = `${prefix}-ocr`;
  const lambda = await startInvokeEndpoint({ [ocrName]: (event) => ocr.invoke('ocr', event) });
  const host = startLambdaHost(
    prefix,
    {
      ...env,
      TABLE_NAME: reports.tableName,
      IDEMPOTENCY_TABLE_NAME: idempotency.tableName,
      [OCR_FUNCTION_ENV]: ocrName,
      AWS_ENDPOINT_URL_LAMBDA: lambda.endpoint,
    },
    logFile,
    FUNCTION_NAMES.filter((name) => name !== 'ocr'),
  );
  const streamArn = reports.streamArn;
  const pollers: StreamPoller[] = STREAM_SOURCES.map((source) =>
    startStreamPoller(
      clients.streams,
      streamArn,
      { ...source, district: district.id, invoke: (event) => host.invoke(source.function, event) },
      dlq,
    ),
  );
  const stack: DistrictStack = {
    district,
    bucket,
    tableName: reports.tableName,
    store: createReportStore({ dynamo: clients.document, s3: clients.s3, tableName: reports.tableName }),
    invoke: (name, event) => (name === 'ocr' ? ocr : host).invoke(name, event),
    async upload(key, bytes) {
      await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
    },
    idle: () => pollers.every((poller) => poller.idle()),
    async stop() {
      await Promise.all(pollers.map((poller) => poller.stop()));
      await host.stop();
      await Promise.all([lambda.stop(), ocr.stop()]);
    },
  };
  return stack;
}
