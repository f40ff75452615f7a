import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { buildZip } from '../../corpus/build-zip.js';
import type { Random } from '../../corpus/synthetic-random.js';
import type { FuzzFile } from './mutators.js';

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Target="word/document.xml" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>';
const BODY =
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const BODY_END = '</w:t></w:r></w:p></w:body></w:document>';

const bombs = new Map<boolean, Uint8Array>();
/**
 * A well-formed .docx whose document.xml inflates from ~60 kB to 64 MB, its headers telling the truth or
 * claiming 128 kB (more than its packed size, so the claim looks plausible). Built once each: deflating takes a moment.
 */
function zipBomb(lying: boolean): Uint8Array {
  let bomb = bombs.get(lying);
  if (!bomb) {
    const document = Buffer.concat([Buffer.from(BODY), Buffer.alloc(64 * 1024 * 1024, 0x20), Buffer.from(BODY_END)]);
    bomb = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(PACKAGE_RELS) },
      { name: 'word/document.xml', data: document, claimedSize: lying ? 128 * 1024 : undefined },
    ]);
    bombs.set(lying, bomb);
  }
  return bomb;
}

/** Entries that claim to expand to 4 GB but hold a few bytes. */
function lyingZip(random: Random): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES), claimedSize: random.int(2 ** 30, 2 ** 32 - 1) },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>'), claimedSize: 0xffffffff },
  ]);
}

function html(random: Random): string {
  const depth = random.int(1_000, 60_000);
  return random.pick([
    `<html><body>${'<div>'.repeat(depth)}三、收到和处理政府信息公开申请情况${'</div>'.repeat(depth)}</body></html>`,
    `<table>${'<table><tr><td>'.repeat(random.int(100, 3_000))}0`,
    `<table><tr><td rowspan="${random.int(1e6, 2e9)}" colspan="${random.int(1e3, 1e9)}">一、本年新收政府信息公开申请数量</td><td>1`,
    `<meta charset="gbk"><table>${'<tr><td>0</td></tr>'.repeat(random.int(1, 20_000))}</table>`,
    `<html><!-- ${'<'.repeat(random.int(1, 100_000))} --><script>${'x'.repeat(10_000)}</script>` +
      '<td>&#xFFFFFFF;&#0;&bogus;',
  ]);
}

const WORD_97 = new URL('../../test/fixtures/doc/09-gulou-zhujian-2022.doc', import.meta.url);

/**
 * A real Word 97–2003 report with bytes overwritten where a damaged or crafted file differs: its compound-file
 * header and allocation tables (chains that loop or point past the file), or anywhere in its streams.
 */
function damagedWord(random: Random): Uint8Array {
  const bytes = new Uint8Array(readFileSync(WORD_97));
  const view = new DataView(bytes.buffer);
  for (let n = random.int(1, 40); n > 0; n -= 1) {
    const at = random.chance(0.5) ? random.int(0, 1023) & ~3 : random.int(0, bytes.length - 4) & ~3;
    view.setInt32(at, random.pick([-1, -2, 0, 1, at >> 9, 2 ** 31 - 1, random.int(0, 2 ** 16)]), true);
  }
  return bytes;
}

const HOSTILE_KINDS = [
  'word97',
  'zipBomb',
  'lyingBomb',
  'lyingZip',
  'html',
  'randomBytes',
  'pdfHeader',
  'empty',
  'encoding',
] as const;

/** Files built to be hostile from the first byte, with the label the fuzz report shows for each. */
export function hostileFile(random: Random): { file: FuzzFile; label: string } {
  const kind = random.pick(HOSTILE_KINDS);
  const name = (ext: string): string => `hostile-${kind}${ext}`;
  const bytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => random.int(0, 255));
  const files: Record<typeof kind, () => FuzzFile> = {
    word97: () => ({ name: name(random.pick(['.doc', '.wps', '.docx'])), bytes: damagedWord(random) }),
    zipBomb: () => ({ name: name('.docx'), bytes: zipBomb(false) }),
    lyingBomb: () => ({ name: name('.docx'), bytes: zipBomb(true) }),
    lyingZip: () => ({ name: name('.docx'), bytes: lyingZip(random) }),
    html: () => ({ name: name(random.pick(['.html', '.htm'])), bytes: new TextEncoder().encode(html(random)) }),
    randomBytes: () => ({
      name: name(random.pick(['.docx', '.pdf', '.html', '.txt', '.md', '.doc', '.xlsx'])),
      bytes: bytes(random.int(0, 65_536)),
    }),
    pdfHeader: () => ({
      name: name('.pdf'),
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes(random.int(0, 4096))]),
    }),
    empty: () => ({ name: name(random.pick(['.txt', '.docx', '.pdf', '.html'])), bytes: new Uint8Array(0) }),
    encoding: () => ({
      name: name('.txt'),
      bytes: iconv.encode('三、收到和处理政府信息公开申请情况\n（一）予以公开\t1\t0', random.pick(['utf16le', 'gb18030', 'big5'])),
    }),
  };
  return { file: files[kind](), label: `hostile ${kind}` };
}

/** The same text in another encoding a government site might use (GB18030, with or without a BOM). */
export function reencode(random: Random, file: FuzzFile): FuzzFile {
  const text = new TextDecoder().decode(file.bytes);
  const encoding = random.pick(['gb18030', 'gbk', 'utf8-bom', 'utf16le'] as const);
  const bytes = encoding === 'utf8-bom' ? Buffer.from(`\ufeff${text}`) : iconv.encode(text, encoding);
  return { ...file, bytes: new Uint8Array(bytes) };
}
