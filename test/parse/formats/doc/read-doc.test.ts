import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../../../functions/parse/formats/doc/read-doc.js';
import { readReport } from '../../../../functions/parse/read-report.js';
import { expectRejected } from '../../../support/report-fixtures-html-docx-expect.js';

const DIR = new URL('../../../fixtures/doc/', import.meta.url).pathname;
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`${DIR}${name}`));
const REPORT = '09-gulou-zhujian-2022.doc';

const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from);
}

/** The copy of a compound file with its WordDocument stream's directory entry renamed (a Works-like file). */
function withoutWordStream(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const at = indexOf(copy, utf16('WordDocument'));
  copy.fill(0, at, at + 64);
  copy.set(utf16('CONTENTS'), at);
  new DataView(copy.buffer).setUint16(at + 64, 18, true); // name length in bytes, with its terminating NUL
  return copy;
}

/** The copy with the FIB's fEncrypted flag set, as Word writes a file saved with a password to open. */
function encrypted(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  // The WordDocument stream starts a sector with its FIB: wIdent 0xA5EC, then the flags word at 0xA.
  let at = 512;
  while (view.getUint16(at, true) !== 0xa5ec) at += 512;
  view.setUint16(at + 0xa, view.getUint16(at + 0xa, true) | 0x0100, true);
  return copy;
}

/** The copy whose first sector-allocation-table entry points to itself after one step: a chain that loops. */
function loopingChains(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const firstSat = view.getInt32(76, true);
  const sat = 512 * (firstSat + 1);
  for (let id = 0; id < 128; id += 1) view.setInt32(sat + id * 4, (id + 1) % 4, true);
  return copy;
}

describe('readDoc', () => {
  it('reads paragraphs as one-cell rows and each Word cell of a table as a cell, empty ones kept', async () => {
    // cells.doc (test/fixtures/doc/cells.blocks.json): a running header and page-number footer, which are no body text.
    const rows = (await readDoc(fixture('cells.doc'))).rows;
    const at = (table: number, row: number, cell: number) => ({ table, row, cell });
    expect(rows).toEqual([
      { cells: [{ text: '单元格测试', at: { line: 1 } }] },
      { cells: [{ text: '表前一段', at: { line: 2 } }] },
      {
        table: 0,
        cells: [
          { text: '合并两行', at: at(0, 0, 0) },
          { text: '横跨两列', at: at(0, 0, 1) },
          { text: '末列', at: at(0, 0, 2) },
        ],
      },
      {
        table: 0,
        cells: [
          { text: '', at: at(0, 1, 0), merged: true },
          { text: '', at: at(0, 1, 1) },
          { text: '乙丙', at: at(0, 1, 2) }, // a tab between two CJK characters is letter-spacing, as in an HTML cell
          { text: '7', at: at(0, 1, 3) },
        ],
      },
      {
        table: 0,
        cells: [
          { text: '多段文字', at: at(0, 2, 0) },
          { text: '1', at: at(0, 2, 1) },
          { text: '', at: at(0, 2, 2) },
          { text: '/', at: at(0, 2, 3) },
        ],
      },
      { cells: [{ text: '表后一段', at: { line: 3 } }] },
      { table: 1, cells: [{ text: '第二表', at: at(1, 0, 0) }, { text: '', at: at(1, 0, 1) }] },
    ]);
  });

  it('reads Table 三 rows with their vertically merged labels as layout filler, not blank values', async () => {
    const rows = (await readDoc(fixture(REPORT))).rows.filter((row) => row.table === 1);
    const texts = (index: number) => rows[index]?.cells.map((cell) => (cell.merged ? null : cell.text));
    expect(texts(3)).toEqual(['一、本年新收政府信息公开申请数量', '52', '5', '0', '0', '2', '1', '60']);
    expect(texts(7)).toEqual([null, '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    expect(texts(8)).toEqual([null, null, '2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
  });
});

describe('readReport on .doc and .wps files', () => {
  it('reads a WPS .wps that is the Word 97–2003 container like the .doc it is', async () => {
    const asDoc = await readReport({ name: '年报.doc', bytes: fixture(REPORT) });
    const asWps = await readReport({ name: '年报.wps', bytes: fixture(REPORT) });
    expect(asWps.status).toBe('parsed');
    expect(JSON.stringify(asWps).replaceAll('年报.wps', '')).toBe(JSON.stringify(asDoc).replaceAll('年报.doc', ''));
  });

  it('reads a .doc renamed .docx as the .doc it is', async () => {
    const result = await readReport({ name: '年报.docx', bytes: fixture(REPORT) });
    expect(result.status === 'parsed' && result.report.agency).toBe('南京市鼓楼区住房和城乡建设局');
  });

  it('refuses a .wps of another program plainly, asking for .docx or PDF', async () => {
    await expectRejected({ name: '年报.wps', bytes: withoutWordStream(fixture(REPORT)) }, /无法读取这个 \.wps 文件.*\.docx 或 PDF/);
    await expectRejected({ name: '年报.wps', bytes: new Uint8Array(randomBytes(4096)) }, /无法读取这个 \.wps 文件/);
  });

  it('refuses corrupt, truncated, looping, encrypted and RTF .doc files with S-FORMAT', async () => {
    const report = fixture(REPORT);
    const damaged = /^文件不是有效的 Word 97–2003（\.doc）文档.*另存为 \.docx/;
    await expectRejected({ name: '年报.doc', bytes: new Uint8Array(randomBytes(4096)) }, damaged);
    await expectRejected({ name: '年报.doc', bytes: report.slice(0, 512) }, damaged);
    await expectRejected({ name: '年报.doc', bytes: report.slice(0, report.length / 2) }, damaged);
    await expectRejected({ name: '年报.doc', bytes: loopingChains(report) }, damaged);
    await expectRejected({ name: '年报.doc', bytes: withoutWordStream(report) }, damaged);
    await expectRejected({ name: '年报.doc', bytes: encrypted(report) }, /设置了打开密码/);
    const rtf = new TextEncoder().encode('{\\rtf1\\ansi 南京市鼓楼区住房和城乡建设局2022年政府信息公开工作年度报告}');
    await expectRejected({ name: '年报.doc', bytes: rtf }, /RTF 格式/);
  });
});
