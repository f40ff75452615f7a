import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from '../../local/emulators/credentials.js';
import { type InvokeEndpoint, startInvokeEndpoint } from '../../local/lambda/invoke-endpoint.js';

describe('the local Lambda Invoke endpoint, through the SDK', () => {
  let endpoint: InvokeEndpoint;
  let client: LambdaClient;
  const invoke = async (name: string, payload: string) => {
    const output = await client.send(new InvokeCommand({ FunctionName: name, Payload: payload }));
    return { error: output.FunctionError, body: JSON.parse(new TextDecoder().decode(output.Payload)) as unknown };
  };

  beforeAll(async () => {
    endpoint = await startInvokeEndpoint({
      'local-echo': async (event) => ({ got: event }),
      'local-crash': async () => {
        throw new Error('the process exited (SIGSEGV)');
      },
    });
    client = new LambdaClient({ region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS, endpoint: endpoint.endpoint });
  });

  afterAll(async () => {
    client?.destroy();
    await endpoint?.stop();
  });

  it("answers a synchronous invocation with the handler's JSON result", async () => {
    expect(await invoke('local-echo', JSON.stringify({ key: 'uploads/a.pdf' }))).toEqual({
      error: undefined,
      body: { got: { key: 'uploads/a.pdf' } },
    });
  });

  it('answers a failed invocation as Lambda does: a function error, not an HTTP one', async () => {
    expect(await invoke('local-crash', '{}')).toEqual({
      error: 'Unhandled',
      body: { errorType: 'Error', errorMessage: 'the process exited (SIGSEGV)' },
    });
    expect((await invoke('local-echo', 'not json')).error).toBe('Unhandled');
  });

  it('refuses a function it does not run', async () => {
    await expect(invoke('local-missing', '{}')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
