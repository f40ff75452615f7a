import type { RenderedEmail } from './render/email.js';

/** An addressed email. `key` names the notice it carries (report, follow-up, digest): one notice, one email. */
export interface OutgoingEmail extends RenderedEmail {
  key: string;
  from: string;
  to: string[];
}

/** The port the use cases send through; resolves to the provider's message id. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<string>;
}

/** The idempotency keys: stable for a notice, so a retried or duplicated record finds the first send. */
export const noticeKey = {
  report: (reportId: string) => `report#${reportId}`,
  followUp: (reportId: string, followUpId: string) => `followup#${reportId}#${followUpId}`,
  digest: (districtId: string, since: string, until: string) => `digest#${districtId}#${since}#${until}`,
};
