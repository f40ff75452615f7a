import { writeNumbers } from './numbering.js';
import type { DocxZip } from './zip.js';

/**
 * The .docx package as mammoth reads it (its `file` input: `exists` and `read`), served from the parts the zip
 * check has already inflated, so nothing is inflated twice, with the body's XML made plain for mammoth first.
 */
export interface MammothFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const MAIN_DOCUMENT = /^word\/document\d*\.xml$/;
const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

export function mammothFile(zip: DocxZip): MammothFile {
  return {
    exists: (name) => zip.names.has(name),
    read: async (name, encoding) => {
      const bytes = zip.parts.get(name);
      // Only pictures are not inflated, and their bytes are never asked for (images are not converted).
      if (!bytes) throw new Error(`${name} is not an XML part of the package`);
      if (!encoding) return bytes;
      const xml = textOf(bytes);
      if (!MAIN_DOCUMENT.test(name)) return xml;
      const part = (path: string): string | undefined => {
        const found = zip.parts.get(path);
        return found && textOf(found);
      };
      return writeNumbers(plainBody(xml), part('word/numbering.xml'), part('word/styles.xml'));
    },
  };
}

/** Wrappers mammoth does not know and would drop with their text: a simple field (a formula's result), bidi runs. */
const UNKNOWN_WRAPPER = /<\/?w:(?:fldSimple|dir|bdo)(?:\s[^<>]*)?>/g;
/**
 * A run: its properties (first child), then its content, which may not hold a run (a text box's runs). Each part
 * stops at the next run, so a run never closed costs one scan (this runs before any parser has checked the XML).
 */
const RUN =
  /<w:r(?:\s[^<>]*)?>\s*<w:rPr>((?:(?!<\/w:rPr>|<w:r[\s>])[\s\S])*)<\/w:rPr>(?:(?!<\/w:r>|<w:r[\s>])[\s\S])*<\/w:r>/g;
const HIDDEN = /<w:vanish\s*\/>|<w:vanish\s+w:val="(?:true|1|on)"\s*\/>/;

/**
 * The body without what mammoth reads wrong: a simple field's result (`<w:fldSimple w:instr="=SUM(ABOVE)">45`) kept
 * as the run it is, and hidden text (`<w:vanish/>`, which Word does not show or print) dropped.
 */
function plainBody(xml: string): string {
  return xml
    .replace(UNKNOWN_WRAPPER, '')
    .replace(RUN, (run, properties: string) => (HIDDEN.test(properties) ? '' : run));
}
