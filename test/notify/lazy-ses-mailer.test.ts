import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazySesMailer } from '../../functions/notify/runtime.js';
import { type SesEmulator, startSes } from '../../local/emulators/ses.js';


describe('the deployed mailer, whose SES client loads with the first email', () => {
  let ses: SesEmulator;
  const saved = { ...process.env };
  beforeAll(async () => {
    ses = await startSes();
    // As the stack and the local pipeline give it: region and credentials from the environment.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      AWS_REGION: 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await ses.stop();
  });

  const email = (subject: string) => ({
    key: `report#${subject}`,
    from: 'nianbao@example.gov.cn',
    to: ['tianqiao@example.gov.cn'],
    subject,
    text: '正文',
    html: '<p>正文</p>',
  });

  it('loads the client on the first send and delivers each email through it', async () => {
    const first = await lazySesMailer.send(email('一'));
    const second = await lazySesMailer.send(email('二'));
    expect(first).not.toBe(second);
    expect((await ses.sentEmails()).map(({ subject }) => subject)).toEqual(['一', '二']);
  });

  it('fails a send that SES refuses', async () => {
    await expect(lazySesMailer.send({ ...email('三'), from: '' })).rejects.toThrow();
  });
});
