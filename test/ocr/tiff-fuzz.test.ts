import { describe, expect, it } from 'vitest';
import { HAVE_TIFF_TOOLS, type RgbaPage, type TiffStorage, writeTiff } from '../../corpus/ocr/scan-tiff.js';
import { createRandom, type Random } from '../../corpus/synthetic-random.js';
import { imagePages } from '../../functions/parse/formats/ocr/page-images.js';
import { UnreadableFileError } from '../../functions/parse/formats/unreadable.js';
import { grayTiff } from './support/gray-tiff.js';

// TIFF bytes damaged at random (fields, offsets, counts, pixels, length): every one either decodes into pages of
// the size it claims or is refused as unreadable, quickly; no other error, no hang. A fixed, seeded set.

const SEED = 20261206;
const MUTANTS = 150;

function page(width: number, height: number): RgbaPage {
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let i = 0; i < width * height; i += 7) rgba.set([0, 0, 0], i * 4);
  return { width, height, rgba };
}

/** One to three changes where they hurt most: the header and directories, else anywhere, or a cut. */
function mutate(random: Random, bytes: Uint8Array): Uint8Array {
  let out = new Uint8Array(bytes);
  for (let count = random.int(1, 3); count > 0; count--) {
    const head = Math.min(out.length, 400);
    const roll = random.next();
    if (roll < 0.45) out[random.int(0, head - 1)] = random.int(0, 255);
    else if (roll < 0.7 && head >= 4) {
      const at = random.int(0, (head - 4) >> 1) * 2;
      new DataView(out.buffer).setUint32(at, random.pick([0, 1, 0xffff, 0xffffffff, random.int(0, 2 ** 31)]), true);
    } else if (roll < 0.85) out[random.int(0, out.length - 1)] = random.int(0, 255);
    else out = out.slice(0, random.int(0, out.length));
  }
  return out;
}

async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    let pages = 0;
    for await (const { image } of imagePages(bytes)) {
      const { width, height, data } = image;
      if (data.length !== width * height) return `a page of ${width}×${height} holds ${data.length} pixels`;
      pages++;
    }
    return pages > 0 ? 'pages' : 'no page and no refusal';
  } catch (error) {
    return error instanceof UnreadableFileError ? 'refused' : `threw ${String(error)}`;
  }
}

describe('damaged TIFF scans', () => {
  it(`decode or are refused, never anything else (${MUTANTS} per base)`, { timeout: 120_000 }, async () => {
    const gray = grayTiff([
      { width: 40, height: 30, pixels: new Uint8Array(1200).fill(90) },
      { width: 20, height: 10, pixels: new Uint8Array(200) },
    ]);
    const bases: [string, Uint8Array][] = [['gray', gray]];
    // libtiff's own files where its tools are installed (CI installs them): fax, LZW and uncompressed RGB pages.
    for (const storage of HAVE_TIFF_TOOLS ? (['g4', 'lzw-gray', 'rgb'] as TiffStorage[]) : []) {
      bases.push([storage, await writeTiff([page(64, 48), page(30, 20)], storage)]);
    }
    const random = createRandom(SEED);
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const [name, base] of bases) {
      for (let index = 0; index < MUTANTS; index++) {
        const result = await outcome(mutate(random, base));
        seen.add(result);
        if (result !== 'pages' && result !== 'refused') failures.push(`${name} #${index}: ${result}`);
      }
    }
    expect(failures).toEqual([]);
    expect(seen).toEqual(new Set(['pages', 'refused']));
  });
});
