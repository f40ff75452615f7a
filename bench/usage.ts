import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { LocalClients } from '../local/clients.js';
import type { Emulators } from '../local/emulators/index.js';
import { median } from './measure.js';

/** What the end-to-end run's reports left behind, per report in the table: what SES and DynamoDB bill by. */
export interface UsagePerReport {
  /** Messages sent: each is one idempotency record (functions/notify/send-once.ts). */
  messages: number;
  /** Recipients of those messages: SES bills each as one email. */
  recipients: number;
  /** Median size of a report's item once notified (its JSON, close to DynamoDB's count): a write is billed per kB. */
  reportItemBytes: number;
}

export async function usagePerReport(
  emulators: Emulators,
  clients: LocalClients,
  tableName: string,
): Promise<UsagePerReport> {
  const sent = await emulators.ses.sentEmails();
  const recipients = sent.reduce((sum, { destination }) => sum + Object.values(destination).flat().length, 0);
  const sizes: number[] = [];
  for await (const page of paginateScan({ client: clients.document }, { TableName: tableName })) {
    for (const item of page.Items ?? []) sizes.push(Buffer.byteLength(JSON.stringify(item)));
  }
  const reports = sizes.length; // the bench's district table holds report items only (no follow-ups)
  return { messages: sent.length / reports, recipients: recipients / reports, reportItemBytes: median(sizes) };
}
