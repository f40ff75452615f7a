import { DUMMY_CREDENTIALS, LOCAL_REGION, QUIET_SDK_ENV } from './credentials.js';
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
  const started: { stop(): Promise<void> }[] = [];
  const track = async <T extends { stop(): Promise<void> }>(emulator: Promise<T>): Promise<T> => {
    const value = await emulator;
    started.push(value);
    return value;
  };
  const stop = async () => {
    await Promise.allSettled(started.splice(0).map((emulator) => emulator.stop()));
  };
  try {
    const [s3, dynamo, ses] = await Promise.all([track(startS3()), track(startDynamo()), track(startSes())]);
    return { s3, dynamo, ses, awsEnv: awsEnvFor(s3.endpoint, dynamo.endpoint, ses.endpoint), stop };
  } catch (error) {
    await stop();
    throw error;
  }
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
