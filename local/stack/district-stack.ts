import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createReportStore } from '../../functions/shared/aws/aws-clients.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { IDEMPOTENCY_TABLE, REPORT_TABLE } from '../../functions/shared/store/table-design.js';
import type { LocalClients } from '../clients.js';
import type { Emulators } from '../emulators/index.js';
import type { FunctionName } from '../../pipeline/functions.js';
import { startLambdaHost } from '../lambda/lambda-host.js';
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
  const host = startLambdaHost(
    `nianbao-${district.id}`,
    {
      ...emulators.awsEnv,
      TABLE_NAME: reports.tableName,
      IDEMPOTENCY_TABLE_NAME: idempotency.tableName,
      DISTRICT_CONFIG: JSON.stringify(district),
    },
    options.logDir && join(options.logDir, `${district.id}.log`),
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
    invoke: (name, event) => host.invoke(name, event),
    async upload(key, bytes) {
      await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
    },
    idle: () => pollers.every((poller) => poller.idle()),
    async stop() {
      await Promise.all(pollers.map((poller) => poller.stop()));
      await host.stop();
    },
  };
  return stack;
}
