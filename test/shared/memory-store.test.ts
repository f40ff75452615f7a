import { expect, it } from 'vitest';
import { createMemoryReportStore } from '../support/memory-store.js';
import { storedReportFactory } from './factories.js';
import { describeReportStoreContract } from './report-store-contract.js';

describeReportStoreContract('memory', () => createMemoryReportStore());

it('hands out copies: mutating a result does not change what is stored', async () => {
  const store = createMemoryReportStore();
  const report = storedReportFactory();
  await store.putReportOnce(report);
  const read = await store.getReport(report.id);
  read!.findings.push({ rule: 'S-FORMAT', severity: 'error', message: '无法读取' });
  expect((await store.getReport(report.id))?.findings).toEqual([]);
});
