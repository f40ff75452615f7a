import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from './mailer.js';

/**
 * The SES v2 adapter. Simple content (SES builds the MIME message and encodes the UTF-8 subject); the local
 * emulator (aws-ses-v2-local) stores Simple content as sent, so tests read the same text and HTML.
 */
export function createSesMailer(client: SESv2Client): Mailer {
  return {
    async send({ from, to, subject, text, html }) {
      const { MessageId } = await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: to },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: 'UTF-8' },
              Body: { Text: { Data: text, Charset: 'UTF-8' }, Html: { Data: html, Charset: 'UTF-8' } },
            },
          },
        }),
      );
      if (!MessageId) throw new Error(`SES returned no MessageId for a mail to ${to.join(', ')}`);
      return MessageId;
    },
  };
}
