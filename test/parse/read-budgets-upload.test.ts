import { describe, expect, it } from 'vitest';
import { processUpload } from '../../functions/parse/process-upload.js';
import { readReport } from '../../functions/parse/read-report.js';
import { DEFAULT_BUDGETS } from '../../functions/parse/formats/budgets.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { reportIdOf } from '../../functions/shared/store/table-design.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { objectRefFactory } from '../shared/factories.js';

const xicheng: DistrictConfig = loadDistricts().find((district) => district.id === 'xicheng')!;

/** Small budgets, so that the files over them are small. */
const budgets = { ...DEFAULT_BUDGETS, characters: 10_000, text: { lines: 1_000, cells: 10_000 } };

/** processUpload with the real reader, within those budgets, over one object holding `text`. */
async function upload(fileName: string, text: string) {
  const deps = {
    objects: { get: () => Promise.resolve({ bytes: Buffer.from(text), lastModified: '2025-01-20T08:00:00.000Z' }) },
    store: createMemoryReportStore(),
    district: xicheng,
    read: (file: { name: string; bytes: Uint8Array }) => readReport(file, { budgets }),
  };
  const ref = objectRefFactory({ key: `incoming/tianqiao/${fileName}` });
  return { outcome: await processUpload(deps, ref), stored: await deps.store.getReport(reportIdOf(ref)) };
}

describe('processUpload of a file over a reader budget', () => {
  it.each([
    { name: 'text', fileName: '年报.txt', text: '说'.repeat(10_001), reason: /^文件中的文字超过 1 万字，/ },
    { name: 'lines', fileName: '年报.txt', text: '1\n'.repeat(1_100), reason: /^文件超过 1000 行，/ },
    { name: 'HTML text', fileName: '年报.html', text: `<p>${'说'.repeat(10_001)}</p>`, reason: /文字超过 1 万字/ },
  ])('stores it REJECTED with the reason ($name)', async ({ fileName, text, reason }) => {
    const { outcome, stored } = await upload(fileName, text);
    expect(outcome).toBe('created');
    expect(stored).toMatchObject({ status: 'REJECTED', fileName, findings: [{ rule: 'S-FORMAT', severity: 'error' }] });
    expect(stored?.findings[0]?.message).toMatch(reason);
  });

  it('stores a file just under the budgets as read (here: no tables found), not as over a budget', async () => {
    const { stored } = await upload('年报.txt', '说'.repeat(10_000));
    expect(stored?.status).toBe('REJECTED');
    expect(stored?.findings[0]?.message).toMatch(/^文件中没有找到政府信息公开工作年度报告的表格/);
  });
});
