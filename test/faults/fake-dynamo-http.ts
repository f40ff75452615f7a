import { Readable } from 'node:stream';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** DynamoDB's answer to one HTTP request: a JSON body, or an error by its type name. */
export type FakeAnswer = { ok: Record<string, unknown> } | { error: string };

/** One request the fake saw: the operation (`PutItem`), the SDK's attempt counter, and when it came. */
export interface FakeCall {
  operation: string;
  attempt: number;
  at: number;
}

export const throttled = (name = 'ProvisionedThroughputExceededException'): FakeAnswer => ({ error: name });
export const conditionFailed: FakeAnswer = { error: 'ConditionalCheckFailedException' };

/**
 * A DynamoDB endpoint in-process, below the real SDK client: its retry strategy, backoff and error parsing run as
 * in production (a client-level mock would skip them). `answer` scripts each request; the client keeps the SDK's
 * default retry settings, which are the Lambdas' (functions/shared/aws/aws-clients.ts passes none).
 */
export function fakeDynamoHttp(answer: (operation: string, call: number) => FakeAnswer) {
  const calls: FakeCall[] = [];
  const requestHandler: DynamoDBClientConfig['requestHandler'] = {
    async handle(request: { headers: Record<string, string> }) {
      const operation = String(request.headers['x-amz-target']).replace(/^DynamoDB_\d+\./, '');
      const attempt = Number(/attempt=(\d+)/.exec(String(request.headers['amz-sdk-request']))?.[1]);
      calls.push({ operation, attempt, at: Date.now() });
      const reply = answer(operation, calls.length);
      const body =
        'ok' in reply ? reply.ok : { __type: `com.amazonaws.dynamodb.v20120810#${reply.error}`, message: reply.error };
      return {
        response: {
          statusCode: 'ok' in reply ? 200 : 400,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: Readable.from([Buffer.from(JSON.stringify(body))]),
        },
      };
    },
  };
  const client = new DynamoDBClient({
    region: 'cn-north-1',
    credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
    requestHandler,
  });
  return { document: DynamoDBDocumentClient.from(client), calls };
}
