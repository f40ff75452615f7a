import { describe, expect, it, vi } from 'vitest';
import type { StreamBatch } from '../../../scripts/replay/dead-letter.js';
import type { RedrivePorts } from '../../../scripts/replay/redrive.js';
import { type QueueMessage, replayQueue } from '../../../scripts/replay/replay-queue.js';

const s3Event = (key: string) => ({
  Records: [{ eventSource: 'aws:s3', s3: { bucket: { name: 'uploads' }, object: { key, eTag: 'e' } } }],
});
const batch: StreamBatch = {
  streamArn: 'arn:aws:dynamodb:us-east-1:1:table/Reports/stream/x',
  shardId: 'shard-1',
  startSequenceNumber: '10',
  endSequenceNumber: '12',
};
const streamFailure = {
  requestContext: { functionArn: 'arn:aws:lambda:us-east-1:1:function:Nianbao-x-Validate1' },
  DDBStreamBatchInfo: batch,
};

/** A record of the range, as Lambda would deliver it: a report item insert, or anything else. */
const insert = (sequence: string, status: string, sk = 'REPORT') => ({
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: sequence, NewImage: { sk: { S: sk }, status: { S: status } } },
});

/** An SQS queue in memory: a received message stays hidden (its visibility timeout) until deleted or reappear(). */
function fakeQueue(bodies: unknown[]) {
  const messages: QueueMessage[] = bodies.map((body, index) => ({
    id: `m${index}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    receiptHandle: `h${index}`,
  }));
  const hidden = new Set<QueueMessage>();
  return {
    messages,
    receive: vi.fn(async () => {
      const visible = messages.filter((message) => !hidden.has(message)).slice(0, 2); // a small MaxNumberOfMessages
      for (const message of visible) hidden.add(message);
      return visible;
    }),
    delete: vi.fn(async (message: QueueMessage) => {
      messages.splice(messages.indexOf(message), 1);
    }),
    reappear: () => hidden.clear(),
  };
}

function fakePorts(fail: (fn: string, event: unknown) => boolean = () => false) {
  const ports = {
    invoke: vi.fn(async (fn: string, event: unknown): Promise<unknown> => {
      if (fail(fn, event)) throw new Error(`${fn} crashed`);
      return null;
    }),
    readStream: vi.fn(async () => [
      insert('10', 'PARSED'),
      insert('11', 'REJECTED'),
      insert('12', 'PARSED', 'FOLLOWUP#1'),
    ]),
  } satisfies RedrivePorts;
  return ports;
}

describe('replayQueue', () => {
  it('re-drives each message and deletes it only after its re-drive succeeded', async () => {
    const queue = fakeQueue([s3Event('incoming/a/ok.txt'), s3Event('incoming/a/bad.txt'), streamFailure]);
    const ports = fakePorts((_fn, event) => JSON.stringify(event).includes('bad.txt'));
    const lines: string[] = [];
    const counts = await replayQueue(queue, ports, { dryRun: false, print: (line) => lines.push(line) });
    expect(counts).toEqual({ redriven: 2, failed: 1, planned: 0 });
    expect(queue.messages.map((message) => message.id)).toEqual(['m1']);
    const failed = lines.find((line) => line.startsWith('FAILED'));
    expect(failed).toMatch(/m1: parse ← incoming\/a\/bad\.txt: Error: parse crashed/);
  });

  it("runs a stream range through the event source's filters: only records the function would have got", async () => {
    const queue = fakeQueue([streamFailure]);
    const ports = fakePorts();
    await replayQueue(queue, ports, { dryRun: false, print: () => undefined });
    expect(ports.readStream).toHaveBeenCalledWith(batch);
    expect(ports.invoke).toHaveBeenCalledWith('validate', { Records: [insert('10', 'PARSED')] });
  });

  it('keeps a message whose re-drive reports batch item failures', async () => {
    const queue = fakeQueue([streamFailure]);
    const ports = fakePorts();
    ports.invoke.mockResolvedValueOnce({ batchItemFailures: [{ itemIdentifier: '10' }] });
    expect(await replayQueue(queue, ports, { dryRun: false, print: () => undefined })).toMatchObject({ failed: 1 });
    expect(queue.delete).not.toHaveBeenCalled();
  });

  it('lists what it would do on a dry run, and runs and deletes nothing', async () => {
    const queue = fakeQueue([s3Event('incoming/a/x.txt'), streamFailure, 'not json']);
    const ports = fakePorts();
    const lines: string[] = [];
    const counts = await replayQueue(queue, ports, { dryRun: true, print: (line) => lines.push(line) });
    expect(counts).toEqual({ redriven: 0, failed: 1, planned: 2 });
    expect(lines).toEqual([
      'WOULD   m0: parse ← incoming/a/x.txt',
      'WOULD   m1: validate ← shard-1 10..12',
      expect.stringMatching(/^SKIPPED m2: SyntaxError/),
    ]);
    expect(ports.invoke).not.toHaveBeenCalled();
    expect(queue.delete).not.toHaveBeenCalled();
  });

  it('leaves a failed message for the next run, which re-drives only that one', async () => {
    const queue = fakeQueue([s3Event('incoming/a/x.txt'), s3Event('incoming/a/y.txt')]);
    let broken = true;
    const ports = fakePorts((_fn, event) => broken && JSON.stringify(event).includes('y.txt'));
    expect(await replayQueue(queue, ports, { dryRun: false, print: () => undefined })).toMatchObject({ failed: 1 });
    broken = false;
    queue.reappear();
    expect(await replayQueue(queue, ports, { dryRun: false, print: () => undefined })).toEqual({
      redriven: 1,
      failed: 0,
      planned: 0,
    });
    expect(queue.messages).toEqual([]);
    expect(ports.invoke).toHaveBeenCalledTimes(3);
  });
});
