import { type Redrive, redriveOf, type StreamFunction } from './dead-letter.js';
import { redrive, type RedrivePorts } from './redrive.js';

/** One message of an SQS dead-letter queue. */
export interface QueueMessage {
  id: string;
  body: string;
  receiptHandle: string;
}

export interface DeadLetterQueuePort {
  /** The next messages (none when the queue looks empty); they stay hidden for the visibility timeout. */
  receive(): Promise<QueueMessage[]>;
  delete(message: QueueMessage): Promise<void>;
}

export interface ReplayOptions {
  dryRun: boolean;
  /** For a stream queue whose records do not name their function. */
  streamFunction?: StreamFunction;
  print(line: string): void;
}

export interface ReplayCounts {
  redriven: number;
  failed: number;
  /** Dry run: listed, not run. */
  planned: number;
}

/**
 * Drains a dead-letter queue once: each message is re-driven, and deleted only after its re-drive succeeded. A
 * message that fails (or cannot be read) stays in the queue and shows again after its visibility timeout; the run
 * ends when a receive brings nothing new, so failing messages are not retried in a loop.
 */
export async function replayQueue(
  queue: DeadLetterQueuePort,
  ports: RedrivePorts,
  options: ReplayOptions,
): Promise<ReplayCounts> {
  const counts: ReplayCounts = { redriven: 0, failed: 0, planned: 0 };
  const seen = new Set<string>();
  for (;;) {
    const fresh = (await queue.receive()).filter((message) => !seen.has(message.id));
    if (fresh.length === 0) return counts;
    for (const message of fresh) {
      seen.add(message.id);
      let plan: Redrive;
      try {
        plan = redriveOf(JSON.parse(message.body), options.streamFunction);
      } catch (error) {
        counts.failed += 1;
        options.print(`SKIPPED ${message.id}: ${errorText(error)} (left in the queue)`);
        continue;
      }
      if (options.dryRun) {
        counts.planned += 1;
        options.print(`WOULD   ${message.id}: ${plan.function} ← ${plan.subject}`);
        continue;
      }
      try {
        const done = await redrive(plan, ports);
        await queue.delete(message);
        counts.redriven += 1;
        options.print(`OK      ${message.id}: ${done}`);
      } catch (error) {
        counts.failed += 1;
        const what = `${plan.function} ← ${plan.subject}`;
        options.print(`FAILED  ${message.id}: ${what}: ${errorText(error)} (left in the queue)`);
      }
    }
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
