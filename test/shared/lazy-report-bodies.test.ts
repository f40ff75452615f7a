import { describe, expect, it } from 'vitest';
import { lazyReportBodies } from '../../functions/shared/aws/lazy-report-bodies.js';
import { ReportBodyMissingError } from '../../functions/shared/store/report-body.js';
import { memoryReportBodies } from './memory-report-bodies.js';

const ref = { bucket: 'uploads', key: 'reports/r1/abc.json', bytes: 3 };

describe('lazyReportBodies', () => {
  it('loads its adapter on the first put or get, once, and passes every call through', async () => {
    const memory = memoryReportBodies();
    let loads = 0;
    const bodies = lazyReportBodies(async () => {
      loads += 1;
      return memory;
    });
    expect(loads).toBe(0);
    await bodies.put(ref, new Uint8Array([1, 2, 3]));
    expect(await bodies.get(ref)).toEqual(new Uint8Array([1, 2, 3]));
    await expect(bodies.get({ ...ref, key: 'reports/r1/none.json' })).rejects.toThrow(ReportBodyMissingError);
    expect(loads).toBe(1);
  });
});
