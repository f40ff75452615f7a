import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_TABLE } from '../../../functions/shared/store/table-design.js';
import { createLocalClients, type LocalClients } from '../../../local/clients.js';
import { type Emulators, startEmulators } from '../../../local/emulators/index.js';
import { createTable } from '../../../local/stack/tables.js';
import { DeadLetterQueue } from '../../../local/wiring/dead-letters.js';
import { type StreamPoller, startStreamPoller } from '../../../local/wiring/stream-poller.js';
import type { LambdaStreamRecord } from '../../../local/wiring/stream-record.js';


const until = async (condition: () => boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('startStreamPoller on DynamoDB Local', () => {
  let emulators: Emulators;
  let clients: LocalClients;
  let poller: StreamPoller | undefined;
  const dlq = new DeadLetterQueue();
  /** Every batch the fake function received, as the items' pk values. */
  const batches: string[][] = [];

  beforeAll(async () => {
    emulators = await startEmulators();
    clients = createLocalClients(emulators);
    const { tableName, streamArn } = await createTable(clients.dynamo, 'poller-test', REPORT_TABLE);
    if (!streamArn) throw new Error('no stream');
    const pkOf = (record: LambdaStreamRecord) => record.dynamodb.Keys?.pk?.S ?? '';
    poller = startStreamPoller(
      clients.streams,
      streamArn,
      {
        district: 'test',
        function: 'validate',
        // Only PARSED items, as the stack's validate filter; `fail` items always fail, `throw` items throw.
        filters: [{ dynamodb: { NewImage: { status: { S: ['PARSED'] } } } }],
        batchSize: 10,
        retryAttempts: 2,
        async invoke({ Records }) {
          batches.push(Records.map(pkOf));
          if (Records.some((record) => pkOf(record).startsWith('throw'))) throw new Error('boom');
          const failures = Records.filter((record) => pkOf(record).startsWith('fail'));
          return { batchItemFailures: failures.map((record) => ({ itemIdentifier: record.dynamodb.SequenceNumber })) };
        },
      },
      dlq,
    );
    for (const [pk, status] of [['ok-1', 'PARSED'], ['skip', 'REJECTED'], ['fail-1', 'PARSED'], ['ok-2', 'PARSED']]) {
      const Item = { pk: { S: pk ?? '' }, sk: { S: 'REPORT' }, status: { S: status ?? '' } };
      await clients.dynamo.send(new PutItemCommand({ TableName: tableName, Item }));
    }
    await until(() => dlq.letters().length > 0 && (poller?.idle() ?? false));
  }, 90_000);

  afterAll(async () => {
    await poller?.stop();
    clients?.destroy();
    await emulators?.stop();
  });

  it('delivers matching records in order and drops the ones the filter does not match', () => {
    expect(batches.flat()).not.toContain('skip');
    expect(batches.flat().filter((pk) => pk.startsWith('ok'))).toEqual(['ok-1', 'ok-2']);
  });

  it('retries only the records reported in batchItemFailures, retryAttempts times', () => {
    // How the three records split into batches depends on when the poller reads; the counts do not.
    const deliveries = (pk: string) => batches.flat().filter((one) => one === pk).length;
    expect({ ok1: deliveries('ok-1'), ok2: deliveries('ok-2'), fail: deliveries('fail-1') }).toEqual({ ok1: 1, ok2: 1, fail: 3 });
    expect(batches.filter((batch) => batch.includes('fail-1')).slice(-2)).toEqual([['fail-1'], ['fail-1']]);
  });

  it('parks a record that still fails in the DLQ, with its keys', () => {
    expect(dlq.letters()).toEqual([
      expect.objectContaining({ district: 'test', function: 'validate', subject: 'fail-1 REPORT' }),
    ]);
  });
});
