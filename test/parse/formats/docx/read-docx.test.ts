import { inflateRawSync } from 'node:zlib';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../functions/parse/formats/docx/read-docx.js';
import { readHtml } from '../../../../functions/parse/formats/html/read-html.js';
import {
  expectRejected,
  expectRowsOfBlocks,
  expectSameTablesAsText,
} from '../../../support/report-fixtures-html-docx-expect.js';
import { REPORT_2019, REPORT_2021, reportBlocks } from '../../../../corpus/report-fixtures-html-docx-reports.js';
import { toDocx, toHtmlBytes } from '../../../../corpus/report-fixtures-html-docx.js';

const DOCUMENT = 'word/document.xml';

/** Offset of the central-directory record of `name` (signature PK\1\2, name at +46). */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 + encoded.length <= bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    if (encoded.every((byte, i) => bytes[at + 46 + i] === byte)) return at;
  }
  throw new Error(`${name} is not in the zip`);
}

/** A copy of the zip with one entry's fields rewritten in the central directory. */
function patched(
  bytes: Uint8Array,
  name: string,
  fields: { size?: number; name?: string; nameLength?: number },
): Uint8Array {
  const copy = bytes.slice();
  const at = centralEntry(copy, name);
  const view = new DataView(copy.buffer);
  if (fields.size !== undefined) view.setUint32(at + 24, fields.size, true);
  if (fields.name !== undefined) copy.set(new TextEncoder().encode(fields.name), at + 46);
  if (fields.nameLength !== undefined) view.setUint16(at + 28, fields.nameLength, true);
  return copy;
}

function entryText(bytes: Uint8Array, name: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = centralEntry(bytes, name);
  const local = view.getUint32(at + 42, true);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return inflateRawSync(bytes.subarray(start, start + view.getUint32(at + 20, true))).toString('utf8');
}

const refusal = (message: RegExp) =>
  expect.objectContaining({ name: 'UnreadableFileError', message: expect.stringMatching(message) });

describe('readDocx', () => {
  let docx2019: Uint8Array;
  let docx2021: Uint8Array;
  beforeAll(async () => {
    [docx2019, docx2021] = await Promise.all([toDocx(reportBlocks(REPORT_2019)), toDocx(reportBlocks(REPORT_2021))]);
  });

  it('writes fixtures whose merged cells are real Word merges (vMerge, gridSpan)', () => {
    const xml = entryText(docx2019, DOCUMENT);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
  });

  it.each([
    { name: '2019 template', report: REPORT_2019, docx: () => docx2019 },
    { name: '2021 template', report: REPORT_2021, docx: () => docx2021 },
  ])('reads a $name document: paragraphs by line, every table cell at its grid column', async ({ report, docx }) => {
    const blocks = reportBlocks(report);
    const rows = (await readDocx(docx())).rows;
    expectRowsOfBlocks(rows, blocks);
    expect(rows).toEqual(readHtml(toHtmlBytes(blocks)).rows);
  });

  it('reads a blank Word cell as an empty cell at its column, not as a merged one', async () => {
    const denied3 = (await readDocx(docx2021)).rows.filter((row) => row.table === 1)[9];
    const texts = denied3?.cells.map((cell) => cell.text);
    expect(texts).toEqual(['', '', '3.危及“三安全一稳定”', '0', '8', '', '13', '2', '21', '45']);
    expect(denied3?.cells.map((cell) => cell.merged ?? false)).toEqual([true, true, ...Array<boolean>(8).fill(false)]);
  });

  it('passes over pictures without reading them', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const picture = new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } });
    const paragraph = new Paragraph({ children: [new TextRun('图'), picture, new TextRun('后')] });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [paragraph] }] }));
    expect(await readDocx(new Uint8Array(bytes))).toEqual({ rows: [{ cells: [{ text: '图后', at: { line: 1 } }] }] });
  });
});

describe('readDocx refuses what it cannot read', () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await toDocx(reportBlocks(REPORT_2019));
  });
  const notDocx = refusal(/^文件不是有效的 Word \(\.docx\) 文档/);

  it('refuses a compound (Word 97) file handed to it as not a .docx (readReport sends those to the .doc reader)', async () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDocx(doc)).rejects.toEqual(notDocx);
  });

  it.each([
    { name: 'not a zip at all', bytes: () => new TextEncoder().encode('这不是 Word 文档') },
    { name: 'empty', bytes: () => new Uint8Array(0) },
    { name: 'truncated', bytes: () => docx.slice(0, Math.floor(docx.length / 2)) },
    { name: 'a zip without word/document.xml', bytes: () => patched(docx, DOCUMENT, { name: 'word/documenX.xml' }) },
    { name: 'a part inflating past its declared size', bytes: () => patched(docx, DOCUMENT, { size: 100 }) },
    // found by `npm run fuzz` (a flipped byte): the name was read past the end of the buffer, a RangeError
    { name: 'an entry name running past the directory', bytes: () => patched(docx, DOCUMENT, { nameLength: 0xffff }) },
  ])('rejects a file that is $name as an invalid .docx', async ({ bytes }) => {
    await expect(readDocx(bytes())).rejects.toEqual(notDocx);
  });

  it('rejects corrupt compressed data', async () => {
    const corrupt = docx.slice();
    const view = new DataView(corrupt.buffer);
    const local = view.getUint32(centralEntry(corrupt, DOCUMENT) + 42, true);
    corrupt.fill(0xff, local + 60, local + 200);
    await expect(readDocx(corrupt)).rejects.toEqual(notDocx);
  });

  it('refuses a zip whose directory declares more than the cap, before inflating anything', async () => {
    const bomb = patched(docx, DOCUMENT, { size: 0x7fff_ffff });
    await expect(readDocx(bomb)).rejects.toEqual(refusal(/^文件解压后超过 50 MB/));
    await expect(readDocx(docx, { maxUncompressedBytes: 10_000 })).rejects.toEqual(refusal(/^文件解压后超过 0.01 MB/));
  });
});

describe('readReport on .docx reports', () => {
  it.each([
    { name: '2019-template document', report: REPORT_2019 },
    { name: '2021-template document with a blank cell', report: REPORT_2021 },
  ])('reads a $name to the same Table 三/四 numbers as its text version', async ({ report }) => {
    await expectSameTablesAsText(report, { name: '年度报告.docx', bytes: await toDocx(reportBlocks(report)) });
  });

  it('rejects corrupt, truncated, zip-bomb and renamed .doc files with S-FORMAT', async () => {
    const docx = await toDocx(reportBlocks(REPORT_2021));
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const file = (bytes: Uint8Array) => ({ name: '年度报告.docx', bytes });
    await expectRejected(file(docx.slice(0, 3000)), /^文件不是有效的 Word/);
    await expectRejected(file(patched(docx, DOCUMENT, { size: 50 })), /^文件不是有效的 Word/);
    await expectRejected(file(patched(docx, DOCUMENT, { size: 0xffff_fff0 })), /^文件解压后超过 50 MB/);
    // A compound file named .docx is read as the .doc it is: this one is only a signature, so damaged.
    await expectRejected(file(doc), /^文件不是有效的 Word 97–2003（\.doc）文档/);
  });
});
