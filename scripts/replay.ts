import '../local/quiet-sdk.js';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { UsageError } from '../cli/usage-error.js';
import { loadDistricts } from '../pipeline/districts.js';
import { startEmulators } from '../local/emulators/index.js';
import { startLocalPipeline } from '../local/pipeline.js';
import { writeOutbox } from '../local/run/outbox.js';
import { untilSettled } from '../local/run/progress.js';
import { readDeadLetters } from '../local/wiring/dead-letters.js';
import { parseReplayArgs, REPLAY_USAGE, type ReplayArgs } from './replay/args.js';
import { inProcessHandlers, sqsDeadLetters, streamRangeReader } from './replay/aws.js';
import { replayLocalLetters } from './replay/local.js';
import { type ReplayCounts, replayQueue } from './replay/replay-queue.js';

const print = (line: string) => console.log(line);
/** Beside `npm start`'s outbox, which stays as that run left it. */
const REPLAY_OUTBOX = '.nianbao/replay-outbox';

/** `npm run replay`: re-drives dead letters (REPLAY_USAGE). 0 when every letter went through, 1 otherwise. */
async function main(args: string[]): Promise<number> {
  const options = parseReplayArgs(args);
  const counts = options.mode === 'local' ? await replayLocal(options) : await replayAws(options);
  const planned = counts.planned ? `, ${counts.planned} to re-drive` : '';
  print(`${counts.redriven} re-driven, ${counts.failed} failed${planned}.`);
  return counts.failed === 0 ? 0 : 1;
}

async function replayLocal({ dir, dryRun }: Extract<ReplayArgs, { mode: 'local' }>): Promise<ReplayCounts> {
  const letters = await readDeadLetters(dir);
  if (letters.length === 0) print(`No dead letters in ${dir}/.`);
  if (letters.length === 0 || dryRun) {
    for (const { file, letter } of letters) {
      print(`WOULD   ${letter.district}/${letter.function}: ${letter.subject} (${file})`);
    }
    return { redriven: 0, failed: 0, planned: dryRun ? letters.length : 0 };
  }
  const emulators = await startEmulators();
  const pipeline = startLocalPipeline(emulators, { logDir: '.nianbao/logs' });
  try {
    const counts = await replayLocalLetters(emulators, pipeline, letters, { districts: loadDistricts(), print });
    await untilSettled(pipeline);
    if ((await emulators.ses.sentEmails()).length > 0) {
      print(`${await writeOutbox(emulators.ses, REPLAY_OUTBOX)} email(s) sent on the way: ${REPLAY_OUTBOX}/`);
    }
    return counts;
  } finally {
    await pipeline.stop();
    await emulators.stop();
  }
}

async function replayAws(options: Extract<ReplayArgs, { mode: 'aws' }>): Promise<ReplayCounts> {
  const region = options.region && { region: options.region };
  const sqs = new SQSClient({ ...region });
  const streams = new DynamoDBStreamsClient({ ...region });
  const district = loadDistricts().find((config) => config.id === options.district);
  if (options.district && !district) throw new UsageError(`replay: no district ${options.district} in config/`);
  try {
    const invoke = inProcessHandlers({
      ...(options.region && { AWS_REGION: options.region }),
      ...(district && { DISTRICT_CONFIG: JSON.stringify(district) }),
      ...(options.table && { TABLE_NAME: options.table }),
      ...(options.idempotencyTable && { IDEMPOTENCY_TABLE_NAME: options.idempotencyTable }),
      POWERTOOLS_SERVICE_NAME: 'nianbao-replay',
    });
    const queue = sqsDeadLetters(sqs, options.queueUrl, options.dryRun);
    return await replayQueue(queue, { invoke, readStream: streamRangeReader(streams) }, { ...options, print });
  } finally {
    sqs.destroy();
    streams.destroy();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`nianbao ${error.message}\n${REPLAY_USAGE}`);
  process.exitCode = 2;
}
