import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { z } from 'zod';

/** A handler module as Lambda loads it (by path, from the function's handler setting): its exported `handler`. */
export const handlerModuleSchema = z.object({
  handler: z.custom<(event: unknown, context: Context, callback?: () => void) => unknown>(
    (value) => typeof value === 'function',
  ),
});

/** The context Lambda passes a handler, for running one outside Lambda: the local host's worker, replay. */
export function invokeContext(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
