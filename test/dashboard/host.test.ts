import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_USAGE, run } from '../../cli/dashboard.js';
import { startDashboard } from '../../dashboard/server.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { expectHelp } from '../cli/support/stdout.js';
import { district } from './fixtures.js';

/** The status of a GET sent to `url` with this Host header. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (res) => resolve(res.resume().statusCode ?? 0)).on('error', reject).end();
  });
}

describe('where the dashboard listens', () => {
  it('says in --help that it serves on 127.0.0.1 unless --host says otherwise', async () => {
    await expectHelp(run, DASHBOARD_USAGE, ['--host']);
  });

  it('binds to the host it is given and answers to its loopback names only', async () => {
    const dashboard = await startDashboard({ sources: [{ district, store: createMemoryReportStore() }], host: 'localhost' });
    try {
      const { port } = new URL(dashboard.url);
      expect(dashboard.url).toBe(`http://localhost:${port}/`);
      expect(await statusWithHost(dashboard.url, `localhost:${port}`)).toBe(200);
      expect(await statusWithHost(dashboard.url, `127.0.0.1:${port}`)).toBe(200);
      expect(await statusWithHost(dashboard.url, `nianbao.example:${port}`)).toBe(403);
      expect(await statusWithHost(dashboard.url, 'localhost:1')).toBe(403);
    } finally {
      await dashboard.close();
    }
  });
});
