import { fakeContext } from '../shared/lambda-test-env.js';
import { describe, expect, it, vi } from 'vitest';
import { createOcrHandler } from '../../functions/ocr/handler.js';
import { ocrFunctionReplySchema, ocrReplySchema } from '../../functions/ocr/ocr-contract.js';
import type { OcrPage } from '../../functions/parse/formats/ocr/ocr-page.js';
import type { ReadScan } from '../../functions/parse/formats/ocr/ocr-scan.js';
import { UnreadableFileError } from '../../functions/parse/formats/unreadable.js';

const PAGE: OcrPage = {
  page: { number: 1, height: 842, items: [{ text: '政府信息公开', x: 72, y: 90, width: 80, size: 12 }], grids: [] },
  cells: [],
  words: [],
  degrees: 0.5,
};
const REQUEST = { bucket: 'uploads', key: 'incoming/tianqiao/扫描件.pdf', version: 'v1', kind: 'pdf' };

function handlerReading(readScan: ReadScan, fetchFails = false) {
  const get = vi.fn(async () => {
    if (fetchFails) throw Object.assign(new Error('We encountered an internal error'), { name: 'InternalError' });
    return { bytes: new Uint8Array([1, 2, 3]), lastModified: '2025-01-20T08:00:00.000Z' };
  });
  const handler = createOcrHandler({ objects: { get }, readScan, districtId: 'xicheng' });
  return { get, handle: (event: unknown) => handler(event, fakeContext('ocr')) };
}

describe('the OCR handler', () => {
  it('reads the named object version and answers its pages, as the contract parse parses', async () => {
    const readScan = vi.fn<ReadScan>(async () => [PAGE]);
    const { get, handle } = handlerReading(readScan);
    const reply = await handle(REQUEST);
    expect(get).toHaveBeenCalledWith({ bucket: 'uploads', key: REQUEST.key, version: 'v1' });
    expect(readScan).toHaveBeenCalledWith({ kind: 'pdf', bytes: new Uint8Array([1, 2, 3]) });
    expect(ocrReplySchema.parse(JSON.parse(JSON.stringify(reply)))).toEqual({ pages: [PAGE] });
  });

  it('answers the reader’s reason for a scan it cannot read', async () => {
    const { handle } = handlerReading(async () => {
      throw new UnreadableFileError('扫描件超过 40 页，未作核查。');
    });
    expect(await handle(REQUEST)).toEqual({ unreadable: '扫描件超过 40 页，未作核查。' });
  });

  it('answers unavailable, reading nothing, when the upload cannot be fetched (parse then fails and is retried)', async () => {
    const readScan = vi.fn<ReadScan>(async () => [PAGE]);
    const { handle } = handlerReading(readScan, true);
    const reply = ocrFunctionReplySchema.parse(await handle(REQUEST));
    expect(reply).toEqual({ unavailable: expect.stringMatching(/扫描件\.pdf could not be fetched: We encountered an internal error/) });
    expect(readScan).not.toHaveBeenCalled();
  });

  it('throws on a bug (parse rejects the upload), and on an event that is not a request', async () => {
    const { handle } = handlerReading(async () => {
      throw new TypeError('a bug');
    });
    await expect(handle(REQUEST)).rejects.toThrow('a bug');
    await expect(handle({ ...REQUEST, kind: 'docx' })).rejects.toThrow();
    await expect(handle({ key: REQUEST.key })).rejects.toThrow();
  });
});
