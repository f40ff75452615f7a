import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { z } from 'zod';
import { handlerModuleSchema, invokeContext } from './invoke-context.js';

/** What a host sends its sandbox (a worker thread or a child process): one invocation of a handler module. */
export const invocationSchema = z.object({ id: z.number(), entry: z.string(), functionName: z.string(), event: z.unknown() });
export type Invocation = z.infer<typeof invocationSchema>;

/** What the sandbox answers: the handler's result, or the error it threw. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export class HandlerError extends Error {
  override name = 'HandlerError';
}

/** Loads the handler module by path (as Lambda does from its handler setting) and calls it. */
export async function runInvocation(message: unknown, timeoutMs: number): Promise<Reply> {
  const { id, entry, functionName, event } = invocationSchema.parse(message);
  try {
    const { handler } = handlerModuleSchema.parse(await import(entry));
    const result = await handler(event, invokeContext(functionName, timeoutMs));
    return { id, ok: true, result: result ?? null };
  } catch (error) {
    return { id, ok: false, error: describe(error) };
  }
}

/** `Name: message`; for Powertools' FullBatchFailureError also its first record's error, which says why. */
function describe(error: unknown): string {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const [cause] = error instanceof FullBatchFailureError ? error.recordErrors : [];
  return cause ? `${name}: ${message} First: ${describe(cause)}` : `${name}: ${message}`;
}

/** The host's side of the protocol: invocations waiting for their reply, failed together when the sandbox dies. */
export class PendingCalls {
  private readonly calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;

  /** Registers a call and hands its id to `send`. */
  start(send: (id: number) => void): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      send(id);
    });
  }

  settle(message: unknown): void {
    const reply = replySchema.parse(message);
    const call = this.calls.get(reply.id);
    this.calls.delete(reply.id);
    if (reply.ok) call?.resolve(reply.result);
    else call?.reject(new HandlerError(reply.error));
  }

  failAll(error: Error): void {
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
  }
}
