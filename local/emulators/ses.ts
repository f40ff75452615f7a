import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const sentEmailSchema = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: z.array(z.string()), cc: z.array(z.string()), bcc: z.array(z.string()) }),
  subject: z.string(),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
  at: z.number(),
});
export type SentEmail = z.infer<typeof sentEmailSchema>;

// A CommonJS module whose `exports.default` an ESM default import does not unwrap.
const sesServer = (createRequire(import.meta.url)('aws-ses-v2-local') as typeof import('aws-ses-v2-local')).default;

const storeSchema = z.object({ emails: z.array(sentEmailSchema) });
const emlSchema = z.object({ body: z.object({ type: z.literal('Buffer'), data: z.array(z.number()) }) });

export interface SesEmulator {
  endpoint: string;
  /** Every email the emulator accepted, oldest first (its `GET /store`). */
  sentEmails(): Promise<SentEmail[]>;
  /** The RFC 822 message the emulator builds for one sent email. */
  emlOf(messageId: string): Promise<Buffer>;
  stop(): Promise<void>;
}

/** aws-ses-v2-local on a free port. Its mail store is per process: one SES emulator per process. */
export async function startSes(): Promise<SesEmulator> {
  const server: Server = await sesServer({ host: '127.0.0.1', port: 0 });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const getJson = async (path: string): Promise<unknown> => {
    const response = await fetch(`${endpoint}${path}`);
    if (!response.ok) throw new Error(`SES emulator: GET ${path} answered ${response.status}`);
    return response.json();
  };
  return {
    endpoint,
    async sentEmails() {
      return storeSchema.parse(await getJson('/store')).emails;
    },
    async emlOf(messageId) {
      const eml = emlSchema.parse(await getJson(`/get-emlContent?messageId=${encodeURIComponent(messageId)}`));
      return Buffer.from(eml.body.data);
    },
    async stop() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
