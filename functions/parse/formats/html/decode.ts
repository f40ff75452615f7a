import { Parser } from 'htmlparser2';
import { bomOf, nearlyUtf8, tryDecode } from '../../decode.js';
import { UnreadableFileError } from '../unreadable.js';

/** How far into the page a `<meta>` charset declaration is looked for (the HTML spec's prescan reads 1024 bytes). */
const PRESCAN_BYTES = 4096;

const UNDECODABLE = '无法识别网页的文字编码。请以 UTF-8 或 GBK 编码保存网页后重新上传，或改为上传 .docx 文档。';

/**
 * Page bytes → text. A byte-order mark wins; then UTF-8, valid or nearly; then the declared charset; then GB18030.
 * Valid UTF-8 is tried before the declaration because pages re-saved as UTF-8 often keep their old `gb2312` meta,
 * while Chinese text in any other encoding is practically never valid UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes);
  const utf8 = tryDecode('utf-8', bytes) ?? nearlyUtf8(bytes);
  if (utf8 !== null) return utf8;
  const declared = declaredEncoding(bytes.subarray(0, PRESCAN_BYTES));
  const text = (declared && tryDecode(declared, bytes)) ?? tryDecode('gb18030', bytes);
  if (text === null) throw new UnreadableFileError(UNDECODABLE);
  return text;
}

/** The encoding a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` names, if known. */
function declaredEncoding(head: Uint8Array): string | undefined {
  let label: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (label !== undefined || name !== 'meta') return;
      label = attribs.charset ?? charsetOfContentType(attribs.content);
    },
  });
  // Tag and attribute names are ASCII in every encoding a page may declare, so latin1 is enough to find them.
  parser.end(new TextDecoder('latin1').decode(head));
  return label === undefined ? undefined : decoderFor(label);
}

function charsetOfContentType(content: string | undefined): string | undefined {
  for (const part of content?.split(';') ?? []) {
    const [key, value] = part.split('=');
    if (key?.trim().toLowerCase() === 'charset' && value) return value.trim().replace(/^["']|["']$/g, '');
  }
  return undefined;
}

/**
 * The WHATWG name for a label. GBK and GB2312 read with the GB18030 decoder, a superset that knows 4-byte codes.
 * A Latin-1 declaration (iso-8859-1, ascii …, all windows-1252 to WHATWG) is a server default, never true of a
 * Chinese report, and would decode anything into mojibake: it is ignored.
 */
function decoderFor(label: string): string | undefined {
  try {
    const { encoding } = new TextDecoder(label);
    if (encoding === 'windows-1252') return undefined;
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return undefined; // an unknown label: fall back to detection
  }
}
