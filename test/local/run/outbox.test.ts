import { mkdtemp, readdir, readFile, realpath, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SentEmail, SesEmulator } from '../../../local/emulators/ses.js';
import { Outbox } from '../../../local/run/outbox.js';
import { newRunFolder, pruneRuns, runName } from '../../../local/run/run-folders.js';

/** An SES emulator that has sent the emails pushed to `sent`. */
function fakeSes(sent: SentEmail[]): SesEmulator {
  return {
    endpoint: 'http://localhost:0',
    sentEmails: async () => [...sent],
    emlOf: async (messageId) => Buffer.from(`Message-ID: <${messageId}>\r\n\r\nbody`),
    stop: async () => undefined,
  };
}

const email = (n: number): SentEmail => ({
  messageId: `m${n}`,
  from: 'nianbao@xicheng.example.gov.cn',
  destination: { to: [`agency${n}@example.gov.cn`], cc: [], bcc: [] },
  subject: `年报核查 ${n}`,
  body: { text: '...' },
  at: 1_765_000_000 + n,
});

describe('Outbox', () => {
  it('writes each email as it is sent, keeps earlier runs, and points latest at the newest', async () => {
    const root = await mkdtemp(join(tmpdir(), 'outbox-'));
    const sent: SentEmail[] = [];
    const first = new Outbox(await newRunFolder(root, '2026-12-06T06-00-00Z'), fakeSes(sent));
    expect(await first.flush()).toBe(0);
    expect(await readdir(first.dir)).toEqual(['index.html']);

    sent.push(email(1));
    expect(await first.flush()).toBe(1);
    expect((await readdir(first.dir)).sort()).toEqual(['001-agency1@example.gov.cn-m1.eml', 'index.html']);
    sent.push(email(2));
    expect(await first.flush()).toBe(2);
    const index = await readFile(join(first.dir, 'index.html'), 'utf8');
    expect(index).toContain('nianbao outbox: 2 emails');
    expect(index).toContain('002-agency2%40example.gov.cn-m2.eml');

    const second = new Outbox(await newRunFolder(root, '2026-12-06T06-00-00Z'), fakeSes([email(3)]));
    await second.flush();
    expect((await readdir(root)).sort()).toEqual(['2026-12-06T06-00-00Z', '2026-12-06T06-00-00Z-2', 'latest']);
    expect(await realpath(join(root, 'latest'))).toBe(await realpath(second.dir));
    expect(await readdir(first.dir)).toHaveLength(3);
  });
});

describe('run folders', () => {
  it('names a run by its start time, safe as a file name', () => {
    expect(runName(new Date('2026-12-06T06:18:04.123Z'))).toBe('2026-12-06T06-18-04Z');
  });

  it('keeps the newest runs and nothing else of its own, leaving other files alone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'logs-'));
    const runs = ['2026-12-06T06-00-00Z', '2026-12-06T06-00-00Z-2', '2026-12-06T06-00-00Z-10', '2026-12-06T07-00-00Z'];
    for (const run of runs) await mkdir(join(root, run));
    await writeFile(join(root, 'notes.txt'), 'mine');
    await pruneRuns(root, 2);
    expect((await readdir(root)).sort()).toEqual(['2026-12-06T06-00-00Z-10', '2026-12-06T07-00-00Z', 'notes.txt']);
  });
});
