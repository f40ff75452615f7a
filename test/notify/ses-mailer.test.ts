import type { AddressInfo } from 'node:net';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import startSes from 'aws-ses-v2-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../functions/notify/ses-mailer.js';
import { renderReportEmail } from '../../functions/notify/render/report-email.js';
import { districtFactory, storedReportFactory } from './fixtures.js';

// The SDK 3.1141 checks the second name; the project's convention is the first.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('createSesMailer against the SES v2 emulator', () => {
  let server: Awaited<ReturnType<typeof startSes>>;
  let endpoint: string;

  beforeAll(async () => {
    server = await startSes({ host: '127.0.0.1', port: 0 });
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('delivers the UTF-8 subject, text and HTML as rendered', async () => {
    // Prepare
    const client = new SESv2Client({
      endpoint,
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
    const store: unknown = await (await fetch(`${endpoint}/store`)).json();
    expect(store).toMatchObject({
      emails: [
        {
          messageId,
          from: 'nianbao@example.gov.cn',
          destination: { to: ['tianqiao@example.gov.cn'] },
          subject: rendered.subject,
          body: { text: rendered.text, html: rendered.html },
        },
      ],
    });
  });
});
