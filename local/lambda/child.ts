import { z } from 'zod';
import { runInvocation } from './invocation.js';

// Runs inside a child process (local/lambda/process-host.ts): calls the handler the host names, one module only.
const [entry, timeout] = z.tuple([z.string(), z.coerce.number()]).parse(process.argv.slice(2));

// Load the module while the first message is on its way; a broken module fails that invocation.
void import(entry).catch(() => undefined);

process.on('message', async (message: unknown) => {
  process.send?.(await runInvocation(message, timeout));
});
