import { describe, expect, it, vi } from 'vitest';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { finding } from '../../functions/shared/model/finding.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import { reportIdOf } from '../../functions/shared/store/table-design.js';
import { processUpload, uploadPathOf, type UploadDeps } from '../../functions/parse/process-upload.js';
import { objectRefFactory, readReportFactory } from '../shared/factories.js';
import { loadDistricts } from '../../pipeline/districts.js';

const xicheng: DistrictConfig = loadDistricts().find((district) => district.id === 'xicheng')!;
const LAST_MODIFIED = '2025-01-20T08:00:00.000Z';
const blank = finding('S-BLANK', { message: '表格有空白单元格。' });
const unsupported = finding('S-FORMAT', { message: '不支持 .xlsx 文件，请上传 .docx、文本 PDF、HTML 或文本文件。' });

function depsReading(result: ReadResult) {
  const get = vi.fn(async () => ({ bytes: new TextEncoder().encode('年度报告'), lastModified: LAST_MODIFIED }));
  const read = vi.fn(async () => result);
  const deps: UploadDeps = { objects: { get }, store: createMemoryReportStore(), district: xicheng, read };
  return { deps, get, read };
}
const parsed: ReadResult = { status: 'parsed', report: readReportFactory({ findings: [blank] }) };

describe('uploadPathOf', () => {
  it.each([
    { key: 'incoming/tianqiao/2024年 年报.docx', path: { agencyId: 'tianqiao', fileName: '2024年 年报.docx' } },
    { key: 'incoming/tianqiao/2024/年报.pdf', path: { agencyId: 'tianqiao', fileName: '年报.pdf' } },
    { key: 'incoming/年报.pdf', path: undefined },
    { key: 'incoming/tianqiao/', path: undefined },
    { key: 'outgoing/tianqiao/年报.pdf', path: undefined },
  ])('reads $key as $path', ({ key, path }) => {
    expect(uploadPathOf(key)).toEqual(path);
  });
});

describe('processUpload', () => {
  it('stores a readable report as PARSED with the reader findings, named after its object', async () => {
    // Prepare
    const { deps, read } = depsReading(parsed);
    const ref = objectRefFactory({ key: 'incoming/tianqiao/2024年度报告.docx' });
    // Act
    const outcome = await processUpload(deps, ref);
    // Assess
    expect(outcome).toBe('created');
    // Without OCR, the reader refuses a scan.
    expect(read).toHaveBeenCalledWith({ name: '2024年度报告.docx', bytes: expect.any(Uint8Array) }, {}, undefined);
    expect(await deps.store.getReport(reportIdOf(ref))).toEqual({
      id: reportIdOf(ref),
      district: 'xicheng',
      source: ref,
      agencyId: 'tianqiao',
      knownAgency: true,
      fileName: '2024年度报告.docx',
      uploadedAt: LAST_MODIFIED,
      status: 'PARSED',
      report: parsed.status === 'parsed' && parsed.report,
      findings: [blank],
      skipped: [],
    });
  });

  it('gives the reader OCR of this very object, where the deps have OCR', async () => {
    const { deps, read } = depsReading(parsed);
    const scanOfRef = vi.fn(async () => []);
    const ocr = vi.fn(() => scanOfRef);
    const ref = objectRefFactory({ key: 'incoming/tianqiao/扫描件.pdf' });
    await processUpload({ ...deps, ocr }, ref);
    expect(ocr).toHaveBeenCalledWith(ref);
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ name: '扫描件.pdf' }), {}, scanOfRef);
  });

  it('stores a duplicate upload once and does not read it again', async () => {
    const { deps, get } = depsReading(parsed);
    const ref = objectRefFactory();
    const outcomes = [await processUpload(deps, ref), await processUpload(deps, ref)];
    expect(outcomes).toEqual(['created', 'duplicate']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await deps.store.allReports()).toHaveLength(1);
  });

  it('stores a new version of the same key as a new report', async () => {
    const { deps } = depsReading(parsed);
    await processUpload(deps, objectRefFactory({ version: 'v1' }));
    expect(await processUpload(deps, objectRefFactory({ version: 'v2' }))).toBe('created');
    expect(await deps.store.allReports()).toHaveLength(2);
  });

  it('stores an unreadable file as REJECTED with its S-FORMAT findings and no report', async () => {
    const { deps } = depsReading({ status: 'rejected', findings: [unsupported] });
    const ref = objectRefFactory({ key: 'incoming/tianqiao/年报.xlsx' });
    expect(await processUpload(deps, ref)).toBe('created');
    const stored = await deps.store.getReport(reportIdOf(ref));
    expect(stored).toMatchObject({ status: 'REJECTED', findings: [unsupported], fileName: '年报.xlsx' });
    expect(stored?.report).toBeUndefined();
  });

  it('still reads a report from an agency the district does not list, marked unknown', async () => {
    const { deps } = depsReading(parsed);
    const ref = objectRefFactory({ key: 'incoming/newcomer/年报.txt' });
    await processUpload(deps, ref);
    expect(await deps.store.getReport(reportIdOf(ref))).toMatchObject({
      agencyId: 'newcomer',
      knownAgency: false,
      status: 'PARSED',
    });
  });

  it('ignores a key outside incoming/<agency>/ without reading it', async () => {
    const { deps, get } = depsReading(parsed);
    expect(await processUpload(deps, objectRefFactory({ key: 'reports/tianqiao/年报.txt' }))).toBe('ignored');
    expect(get).not.toHaveBeenCalled();
    expect(await deps.store.allReports()).toEqual([]);
  });

  it('lets an infra error through, so Lambda retries the event', async () => {
    const { deps } = depsReading(parsed);
    deps.objects.get = async () => {
      throw new Error('SlowDown');
    };
    await expect(processUpload(deps, objectRefFactory())).rejects.toThrow('SlowDown');
  });
});
