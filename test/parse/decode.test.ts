import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeText } from '../../functions/parse/decode.js';

const TEXT = '北京市西城区什刹海街道2024年政府信息公开工作年度报告\n（一）予以公开\t3\t0';

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['GB18030', new Uint8Array(iconv.encode(TEXT, 'gb18030'))],
    ['GBK', new Uint8Array(iconv.encode(TEXT, 'gbk'))],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')])],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, 'utf-16be')])],
    ['UTF-16 LE without a BOM', new Uint8Array(iconv.encode(TEXT, 'utf-16le'))],
    ['UTF-16 BE without a BOM', new Uint8Array(iconv.encode(TEXT, 'utf-16be'))],
  ])('detects %s from the bytes', (_encoding, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it('reads UTF-8 with one broken byte as UTF-8, the broken character marked, not as GB18030 or binary', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `（${i}）予以公开\t${i}`).join('\n');
    const bytes = new TextEncoder().encode(`${TEXT}\n${lines}`);
    const cut = bytes.indexOf(0x0a) - 1; // the last byte of the title's last character
    const broken = new Uint8Array([...bytes.subarray(0, cut), ...bytes.subarray(cut + 1)]);
    expect(decodeText(broken)).toBe(`${TEXT.replace('告\n', '\ufffd\n')}\n${lines}`);
  });

  it('reads GBK whose first KB is ASCII only', () => {
    const text = `${'-'.repeat(2048)}\n${TEXT}`;
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')))).toBe(text);
  });

  it('reads Windows, old-Mac and Unix line ends alike', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('甲\r\n乙\r丙\n丁', 'utf-16le')]);
    expect(decodeText(bytes)).toBe('甲\n乙\n丙\n丁');
  });

  it('reads UTF-8 cut off inside its last character as the text before the cut', () => {
    const bytes = new TextEncoder().encode('年度报告');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toBe('年度报');
  });

  it.each([
    ['a binary file with NULs', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0, 0x3e, 0, 0x03, 0])],
    ['bytes no encoding fits', new Uint8Array([0xff, 0xff, 0x81, 0x30, 0xff, 0xfe, 0x80, 0x80])],
    ['text full of control characters', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('returns null for %s', (_what, bytes) => {
    expect(decodeText(bytes)).toBeNull();
  });
});

describe('normalizeText', () => {
  it('turns full-width digits, signs and separators in numbers into ASCII', () => {
    expect(normalizeText('１２\t＋４００\t１，２３４\t５７２．６１１３')).toBe('12\t+400\t1,234\t572.6113');
  });

  it('keeps full-width commas and brackets in prose', () => {
    expect(normalizeText('共3件，其中（一）予以公开')).toBe('共3件，其中（一）予以公开');
  });

  it('turns CRLF, NBSP and ideographic spaces into plain newlines and spaces', () => {
    expect(normalizeText('a\r\nb\u00a0c\u3000d\re\u200b')).toBe('a\nb c d\ne');
  });
});
