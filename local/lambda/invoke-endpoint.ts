import { createServer, type IncomingMessage } from 'node:http';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

export interface InvokeEndpoint {
  /** For AWS_ENDPOINT_URL_LAMBDA: the SDK's LambdaClient then invokes the local functions. */
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The Lambda Invoke API (synchronous invocations only) on 127.0.0.1, over the local hosts: a result is a 200 with its
 * JSON, a thrown error or a crashed sandbox a 200 with X-Amz-Function-Error, as Lambda answers them.
 */
export async function startInvokeEndpoint(
  functions: Record<string, (event: unknown) => Promise<unknown>>,
): Promise<InvokeEndpoint> {
  const server = createServer((request, response) => {
    void (async () => {
      const [, encoded] = INVOKE_PATH.exec(new URL(request.url ?? '/', 'http://local').pathname) ?? [];
      const invoke = request.method === 'POST' && encoded ? functions[decodeURIComponent(encoded)] : undefined;
      if (!invoke) {
        response.writeHead(404, { 'Content-Type': 'application/json', 'X-Amzn-ErrorType': 'ResourceNotFoundException' });
        return response.end(JSON.stringify({ message: `Function not found: ${request.url}` }));
      }
      try {
        const result = await invoke(parseBody(await bodyOf(request)));
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(result ?? null));
      } catch (error) {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        response.writeHead(200, { 'Content-Type': 'application/json', 'X-Amz-Function-Error': 'Unhandled' });
        response.end(JSON.stringify({ errorType: name, errorMessage: message }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local Lambda endpoint has no TCP port');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** An empty payload is the event null, as Lambda passes it; a payload that is not JSON fails the invocation. */
function parseBody(body: string): unknown {
  return body === '' ? null : JSON.parse(body);
}
