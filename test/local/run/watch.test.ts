import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredReport } from '../../../functions/shared/model/stored-report.js';
import type { LocalPipeline } from '../../../local/pipeline.js';
import type { Tracked } from '../../../local/run/progress.js';
import { watchDirectory } from '../../../local/run/watch.js';
import { loadDistricts } from '../../../pipeline/districts.js';
import { objectRefFactory, storedReportFactory } from '../../shared/factories.js';

/** A pipeline whose one stack records each upload and stores it at once as mailed: the watcher sees it done. */
function recordingPipeline() {
  const uploads: { key: string; bytes: string }[] = [];
  const reports: StoredReport[] = [];
  const stack = {
    store: { allReports: async () => reports },
    async upload(key: string, bytes: Uint8Array) {
      uploads.push({ key, bytes: Buffer.from(bytes).toString('utf8') });
      reports.push(storedReportFactory({ source: objectRefFactory({ key }), status: 'NOTIFIED', notifiedTo: ['a@x.cn'] }));
    },
  };
  // The watcher, uploads.ts and progress.ts use only these members.
  const pipeline = { stackFor: async () => stack, dlq: { letters: () => [] }, settled: () => true };
  return { uploads, pipeline: pipeline as unknown as LocalPipeline };
}

const report = (agency: string) => `${agency}2020年政府信息公开工作年度报告\n一、总体情况\n`;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !condition(); await sleep(20)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('watchDirectory', () => {
  it('uploads the files already there, then each new one once it is completely written, each once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    await writeFile(join(dir, 'before.txt'), report('天桥街道'));
    const { uploads, pipeline } = recordingPipeline();
    const abort = new AbortController();
    const lines: string[] = [];
    const tracked: Tracked[] = [];
    const options = { districts: loadDistricts(), print: (line: string) => lines.push(line), signal: abort.signal };
    const watching = watchDirectory(dir, pipeline, tracked, { ...options, pollMs: 200 });
    const uploaded = (name: string) => uploads.filter((upload) => upload.key.endsWith(`/${name}`));

    await until(() => uploaded('before.txt').length > 0, 'the file present at the start');
    // Written in pieces over several looks: never taken while it grows.
    const during = join(dir, 'during.txt');
    let whole = '';
    for (const piece of [report('什刹海街道'), ...Array.from({ length: 20 }, (_, i) => `第${i}段。\n`)]) {
      await appendFile(during, piece);
      whole += piece;
      await sleep(20);
      expect(uploaded('during.txt')).toEqual([]);
    }
    await until(() => uploaded('during.txt').length > 0, 'the file dropped during the run');
    await sleep(800); // several more looks: nothing is taken twice
    abort.abort();

    expect(await watching).toBe(true);
    expect(uploaded('during.txt').map((upload) => upload.bytes)).toEqual([whole]);
    expect(uploads.map((upload) => upload.key)).toEqual([
      'incoming/tianqiao/before.txt',
      'incoming/shichahai/during.txt',
    ]);
    expect(tracked).toHaveLength(2);
    expect(lines.filter((line) => line.includes('UPLOADED'))).toHaveLength(2);
  });

  it('takes nothing from an empty folder', async () => {
    const { uploads, pipeline } = recordingPipeline();
    const abort = new AbortController();
    const options = { districts: loadDistricts(), print: () => undefined, signal: abort.signal, pollMs: 50 };
    const watching = watchDirectory(await mkdtemp(join(tmpdir(), 'watch-')), pipeline, [], options);
    await sleep(300);
    abort.abort();
    expect(await watching).toBe(true);
    expect(uploads).toEqual([]);
  });
});
