import { PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { createLocalClients, type LocalClients } from '../../local/clients.js';
import type { Emulators } from '../../local/emulators/index.js';
import type { LocalPipeline } from '../../local/pipeline.js';
import type { DistrictStack } from '../../local/stack/district-stack.js';
import { removeDeadLetter, type StoredDeadLetter } from '../../local/wiring/dead-letters.js';
import { redriveOfLocal } from './dead-letter.js';
import { redrive } from './redrive.js';
import { errorText, type ReplayCounts } from './replay-queue.js';

/** The item a stream letter's record carries (DynamoDB JSON), to put back into a fresh table. */
const streamLetterSchema = z.object({
  dynamodb: z.object({ NewImage: z.record(z.string(), z.custom<AttributeValue>(isObject)) }),
});

/** The pointer of a report item whose full report is a body in the bucket (functions/shared/store/report-body.ts). */
const bodyPointerSchema = z.object({
  body: z.object({ M: z.object({ bucket: z.object({ S: z.string() }), key: z.object({ S: z.string() }) }) }),
});

/**
 * Re-drives the letters an earlier `npm start` saved, through the local handlers of a fresh pipeline: first puts
 * back what the event refers to (the uploaded object, the report item: the earlier run's emulators are gone),
 * then runs the letter's function on its own event. A letter's file is removed once its re-drive succeeded.
 * Putting the state back may set the pipeline going on its own; every stage is idempotent, so that is harmless.
 */
export async function replayLocalLetters(
  emulators: Emulators,
  pipeline: LocalPipeline,
  letters: readonly StoredDeadLetter[],
  options: { districts: readonly DistrictConfig[]; print(line: string): void },
): Promise<ReplayCounts> {
  const clients = createLocalClients(emulators);
  const counts: ReplayCounts = { redriven: 0, failed: 0, planned: 0 };
  try {
    for (const stored of letters) {
      const { letter } = stored;
      const name = `${letter.district}/${letter.function}: ${letter.subject}`;
      try {
        const district = options.districts.find((candidate) => candidate.id === letter.district);
        if (!district) throw new Error(`no district ${letter.district} in config/districts/`);
        const stack = await pipeline.stackFor(district);
        await restore(stack, clients, stored);
        const done = await redrive(redriveOfLocal(letter), {
          invoke: (fn, event) => stack.invoke(fn, event),
          readStream: () => Promise.reject(new Error('a local letter carries its record')),
        });
        await removeDeadLetter(stored);
        counts.redriven += 1;
        options.print(`OK      ${name}: ${done}`);
      } catch (error) {
        counts.failed += 1;
        options.print(`FAILED  ${name}: ${errorText(error)} (kept: ${stored.file})`);
      }
    }
  } finally {
    clients.destroy();
  }
  return counts;
}

async function restore(stack: DistrictStack, clients: LocalClients, { letter }: StoredDeadLetter): Promise<void> {
  if (letter.function === 'parse') {
    if (letter.object === undefined) throw new Error('the letter has no copy of the uploaded object');
    await stack.upload(letter.subject, Buffer.from(letter.object, 'base64'));
    return;
  }
  const record = streamLetterSchema.safeParse(letter.event);
  if (!record.success) return; // nothing to put back: the function gets the event as it was
  const pointer = bodyPointerSchema.safeParse(record.data.dynamodb.NewImage);
  if (pointer.success) await requireBody(clients, pointer.data.body.M.bucket.S, pointer.data.body.M.key.S);
  const put = new PutItemCommand({
    TableName: stack.tableName,
    Item: record.data.dynamodb.NewImage,
    ConditionExpression: 'attribute_not_exists(pk)', // a second replay must not roll a later status back
  });
  await clients.dynamo.send(put).catch((error: unknown) => {
    if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
  });
}

/**
 * A report too large for its item kept its full body in the earlier run's bucket, which went with its emulators:
 * the item alone cannot be put back, only the upload can be read again.
 */
async function requireBody(clients: LocalClients, bucket: string, key: string): Promise<void> {
  try {
    await clients.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'NotFound')) throw error;
    throw new Error(
      `the report's full body (s3://${bucket}/${key}) was in the earlier run's emulated bucket: ` +
        'upload the report again (npm start) to run the pipeline on it',
      { cause: error },
    );
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
