import { QUIET_SDK_ENV } from '../quiet-sdk.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from './credentials.js';
import { type DynamoEmulator, startDynamo } from './dynamodb.js';
import { type S3Emulator, startS3 } from './s3.js';
import { type SesEmulator, startSes } from './ses.js';

export interface Emulators {
  s3: S3Emulator;
  dynamo: DynamoEmulator;
  ses: SesEmulator;
  /** What a Lambda's environment needs for the real SDK clients to reach the emulators. */
  awsEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts S3, DynamoDB (with Streams) and SES v2 emulators in-process on free ports. */
export async function startEmulators(): Promise<Emulators> {
  const results = await Promise.allSettled([startS3(), startDynamo(), startSes()] as const);
  const [s3, dynamo, ses] = results;
  const stopAll = async () => {
    const running = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    await Promise.allSettled(running.map((emulator) => emulator.stop()));
  };
  if (s3.status === 'rejected' || dynamo.status === 'rejected' || ses.status === 'rejected') {
    // Stop the ones that did start: a half-started set must not keep the process (or a JVM) alive.
    await stopAll();
    throw results.find((result) => result.status === 'rejected')?.reason;
  }
  return {
    s3: s3.value,
    dynamo: dynamo.value,
    ses: ses.value,
    awsEnv: awsEnvFor(s3.value.endpoint, dynamo.value.endpoint, ses.value.endpoint),
    stop: stopAll,
  };
}

function awsEnvFor(s3: string, dynamo: string, ses: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_S3: s3,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamo,
    AWS_ENDPOINT_URL_SESV2: ses,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    ...QUIET_SDK_ENV,
  };
}
