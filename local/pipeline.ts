import { GetObjectCommand } from '@aws-sdk/client-s3';
import { FUNCTIONS } from '../pipeline/functions.js';
import { UPLOAD_PREFIX } from '../pipeline/uploads.js';
import type { DistrictConfig } from '../functions/shared/model/district.js';
import { createLocalClients } from './clients.js';
import { LOCAL_REGION } from './emulators/credentials.js';
import type { Emulators } from './emulators/index.js';
import type { S3rverRecord } from './emulators/s3.js';
import { type DistrictStack, startDistrictStack } from './stack/district-stack.js';
import { DeadLetterQueue } from './wiring/dead-letters.js';
import { toLambdaS3Event } from './wiring/s3-event.js';


export interface LocalPipeline {
  /** The district's stack, started on first use. */
  stackFor(district: DistrictConfig): Promise<DistrictStack>;
  /** Sends the S3 event of an earlier upload again, as S3's at-least-once delivery may. */
  redeliver(bucket: string, key: string): Promise<void>;
  /** True when no parse invocation is running and every stream event source is caught up. */
  settled(): boolean;
  dlq: DeadLetterQueue;
  stop(): Promise<void>;
}

export interface LocalPipelineOptions {
  /** Where the functions' logs go (one file per district); none: discarded. */
  logDir?: string;
  /** Also write dead letters here, for `npm run replay -- --local`; none: kept in memory only. */
  deadLetterDir?: string;
}

/** Wires emulated district stacks to the shared emulators: S3 events → parse, streams → validate and notify. */
export function startLocalPipeline(emulators: Emulators, options: LocalPipelineOptions = {}): LocalPipeline {
  const clients = createLocalClients(emulators);
  const dlq = new DeadLetterQueue({ dir: options.deadLetterDir });
  const stacks = new Map<string, Promise<DistrictStack>>();
  const byBucket = new Map<string, DistrictStack>();
  const delivered = new Map<string, S3rverRecord>();
  const inFlight = new Set<Promise<void>>();

  const deliver = async (record: S3rverRecord) => {
    const stack = byBucket.get(record.s3.bucket.name);
    if (!stack || !record.s3.object.key.startsWith(UPLOAD_PREFIX)) return;
    delivered.set(`${record.s3.bucket.name}/${record.s3.object.key}`, record);
    const event = toLambdaS3Event(record, LOCAL_REGION);
    let error = '';
    for (let attempt = 0; attempt <= FUNCTIONS.parse.asyncRetries; attempt += 1) {
      try {
        await stack.invoke('parse', event);
        return;
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      }
    }
    const object = await objectOf(record);
    dlq.park({ district: stack.district.id, function: 'parse', subject: record.s3.object.key, error, event, object });
  };
  /** The upload's bytes go with a parse dead letter: the emulated bucket does not outlive the run. */
  const objectOf = async ({ s3 }: S3rverRecord) => {
    try {
      const output = await clients.s3.send(new GetObjectCommand({ Bucket: s3.bucket.name, Key: s3.object.key }));
      const bytes = await output.Body?.transformToByteArray();
      return bytes && Buffer.from(bytes).toString('base64');
    } catch {
      return undefined; // gone too: the letter still names the key
    }
  };
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    return work;
  };
  const unsubscribe = emulators.s3.onObjectCreated((record) => void track(deliver(record)));

  return {
    stackFor(district) {
      let stack = stacks.get(district.id);
      if (!stack) {
        stack = startDistrictStack(district, { emulators, clients, dlq, logDir: options.logDir });
        stacks.set(district.id, stack);
        void stack.then((started) => byBucket.set(started.bucket, started));
      }
      return stack;
    },
    async redeliver(bucket, key) {
      const record = delivered.get(`${bucket}/${key}`);
      if (!record) throw new Error(`no S3 event was delivered for s3://${bucket}/${key}`);
      await track(deliver(record));
    },
    settled: () => inFlight.size === 0 && [...byBucket.values()].every((stack) => stack.idle()),
    dlq,
    async stop() {
      unsubscribe();
      await Promise.allSettled(inFlight);
      const started = await Promise.allSettled(stacks.values());
      await Promise.all(started.flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop()] : [])));
      clients.destroy();
    },
  };
}
