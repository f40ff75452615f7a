/**
 * Bytes → text for the text reader. Detects the encoding from the bytes (never assumes): a BOM first,
 * then strict UTF-8, then strict GB18030 (which covers GBK and GB2312). Returns null when no encoding fits
 * or the bytes are binary, so the caller can reject the file with S-FORMAT.
 */

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The byte-order mark the bytes start with, if any. */
export const bomOf = (bytes: Uint8Array) => BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));

/** Decodes text bytes, or null when they are not text in any encoding we accept. */
export function decodeText(bytes: Uint8Array): string | null {
  const bom = bomOf(bytes);
  const text = bom
    ? tryDecode(bom.encoding, bytes.subarray(bom.bytes.length))
    : (tryDecode('utf-8', bytes) ?? tryCutUtf8(bytes) ?? nearlyUtf8(bytes) ?? tryDecode('gb18030', bytes));
  if (text !== null && !looksBinary(text)) return normalizeText(text);
  const utf16 = bom ? null : unmarkedUtf16(bytes);
  return utf16 === null ? null : normalizeText(utf16);
}

/** Characters of a Chinese report: ASCII text, CJK ideographs and punctuation, full-width forms. */
const REPORT_CHARACTER = /[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—·]/gu;

/**
 * UTF-16 saved without its BOM (some converters and editors): NULs beside ASCII bytes make it binary to every
 * other decoder. Taken only when nearly every character decoded is one a report is written in.
 */
function unmarkedUtf16(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = tryDecode(encoding, bytes);
    if (text && (text.match(REPORT_CHARACTER)?.length ?? 0) >= 0.95 * text.length) return text;
  }
  return null;
}

/** Strict decoding: null when the bytes are not valid in that encoding. A BOM is kept as text (see bomOf). */
export function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 cut off inside its last character (a truncated upload): the text before the cut, not GB18030 mojibake. */
function tryCutUtf8(bytes: Uint8Array): string | null {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut += 1) {
    const lead = bytes[bytes.length - cut] ?? 0;
    if (lead >= 0xc0) return tryDecode('utf-8', bytes.subarray(0, bytes.length - cut));
    if (lead < 0x80) return null;
  }
  return null;
}

/** At most this many bytes in a thousand characters may be broken for text to be read as UTF-8 all the same. */
const BROKEN_PER_THOUSAND = 5;

/**
 * UTF-8 with a few broken bytes (a site's summary cut mid-character, two files joined): the text, each broken
 * sequence left as U+FFFD so no number is silently changed. Null when too much is broken for it to be UTF-8
 * (GBK read as UTF-8 breaks at nearly every Chinese character).
 */
export function nearlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let broken = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) broken += 1;
  return broken * 1000 <= BROKEN_PER_THOUSAND * text.length ? text : null;
}

/** NULs or many control characters mean a binary file (a .doc renamed .txt, an image), not text. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0) return true;
    if ((code < 0x20 && !'\t\n\r\f\v'.includes(ch)) || code === 0xfffd) control += 1;
  }
  return control > Math.max(2, text.length / 100);
}

/** Any character normalizeText changes; most cells have none, and skipping them keeps big files fast. */
const NEEDS_NORMALIZING = /[\r\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\uff0b\uff0c\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const FULL_WIDTH_IN_NUMBER = /(?<=[0-9])[．，](?=[0-9])|[＋－](?=[0-9])/g;

/**
 * One spelling for what reports write many ways: CRLF → LF; NBSP, ideographic and other odd spaces → a space;
 * zero-width characters dropped; full-width digits and letters → ASCII; full-width signs and separators next to
 * digits → ASCII. Brackets stay full-width: labels are matched after their own normalisation.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(FULL_WIDTH_IN_NUMBER, (ch) => ({ '．': '.', '，': ',', '＋': '+', '－': '-' })[ch] ?? ch);
}
