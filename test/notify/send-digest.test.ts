import { describe, expect, it } from 'vitest';
import { sendDigest } from '../../functions/notify/send-digest.js';
import { storedReportFactory } from './fixtures.js';
import { notifyTestDeps } from './fakes.js';

const WINDOW = { since: '2021-01-15T00:00:00Z', until: '2021-01-16T00:00:00Z' };

async function prepared() {
  const context = notifyTestDeps();
  const uploads = {
    before: '2021-01-14T23:00:00.000Z',
    atSince: '2021-01-15T00:00:00.000Z',
    inside: '2021-01-15T02:30:00.000Z',
    atUntil: '2021-01-16T00:00:00.000Z',
    after: '2021-01-16T00:00:01.000Z',
  };
  for (const [id, uploadedAt] of Object.entries(uploads)) {
    await context.store.putReportOnce(storedReportFactory({ id, uploadedAt, fileName: `${id}.txt` }));
  }
  return context;
}

describe('sendDigest', () => {
  it('mails the admins one line per report uploaded in (since, until]', async () => {
    const { deps, mailer } = await prepared();
    expect(await sendDigest(deps, WINDOW)).toEqual({ reports: 2, messageId: 'message-1' });
    expect(mailer.sent[0]).toMatchObject({ to: ['office@example.gov.cn'], from: 'nianbao@example.gov.cn' });
    const text = mailer.sent[0]?.text ?? '';
    expect(['inside.txt', 'atUntil.txt'].every((file) => text.includes(file))).toBe(true);
    expect(['before.txt', 'atSince.txt', 'after.txt'].some((file) => text.includes(file))).toBe(false);
  });

  it('sends a window once, even when the schedule retries it', async () => {
    const { deps, mailer } = await prepared();
    await sendDigest(deps, WINDOW);
    await sendDigest(deps, WINDOW);
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing for a window without uploads', async () => {
    const { deps, mailer } = await prepared();
    expect(await sendDigest(deps, { since: '2022-01-01T00:00:00Z', until: '2022-01-02T00:00:00Z' })).toEqual({
      reports: 0,
    });
    expect(mailer.sent).toHaveLength(0);
  });
});
