import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportEmail } from '../../functions/notify/render/report-email.js';
import { createSesMailer } from '../../functions/notify/ses-mailer.js';
import { type SesEmulator, startSes } from '../../local/emulators/ses.js';
import { districtFactory, storedReportFactory } from './fixtures.js';


describe('createSesMailer against the SES v2 emulator', () => {
  let ses: SesEmulator;
  beforeAll(async () => {
    ses = await startSes();
  });
  afterAll(() => ses.stop());

  it('delivers the UTF-8 subject, text and HTML as rendered', async () => {
    // Prepare
    const client = new SESv2Client({
      endpoint: ses.endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const rendered = renderReportEmail(storedReportFactory(), districtFactory());
    // Act
    const messageId = await createSesMailer(client).send({
      key: 'report#r000',
      from: 'nianbao@example.gov.cn',
      to: ['tianqiao@example.gov.cn'],
      ...rendered,
    });
    // Assess
    expect(await ses.sentEmails()).toMatchObject([
      {
        messageId,
        from: 'nianbao@example.gov.cn',
        destination: { to: ['tianqiao@example.gov.cn'] },
        subject: rendered.subject,
        body: { text: rendered.text, html: rendered.html },
      },
    ]);
  });
});
