import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { FUNCTIONS } from '../../pipeline/functions.js';

/**
 * The esbuild settings of the pipeline functions' bundles, in one plain module (no CDK import) so that the stack's
 * NodejsFunction and bench/ build the same thing.
 */

/** CommonJS dependencies (word-extractor, …) call require(); an ESM bundle has none unless it is created. */
export const BUNDLE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
export const BUNDLE_MAIN_FIELDS = ['module', 'main'];

/**
 * Stack traces name our source lines (`--enable-source-maps`, with a map beside each bundle), but the map leaves the
 * sources out: Node reads and parses the whole map at every cold start, and the sources make it three times larger.
 */
export const SOURCE_MAPS = { sourcesContent: false, nodeOptions: '--enable-source-maps' } as const;

/**
 * A package a handler imports only dynamically, for a rare input: left out of the bundle and shipped beside it as
 * node_modules/<name>/…, so a cold start that never needs it never parses it. `files` maps each path the code
 * imports (or that the licence needs) to the package file shipped there.
 */
export interface BesideBundle {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
}

/**
 * pdfjs's character maps (1.7 MB), which formats/pdf/load.ts points pdfjs at: without them a PDF whose Chinese font
 * is named but not embedded (STSong-Light with UniGB-UCS2-H, iText's default) yields no text at all.
 */
function characterMaps(): Record<string, string> {
  const directory = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
  return Object.fromEntries(readdirSync(directory).map((name) => [`cmaps/${name}`, `cmaps/${name}`]));
}

/** pdfjs (1.7 MB + maps), for .pdf uploads only: Mozilla's own minified builds under the paths formats/ imports. */
const PDFJS: BesideBundle = {
  name: 'pdfjs-dist',
  files: {
    'legacy/build/pdf.mjs': 'legacy/build/pdf.min.mjs',
    'legacy/build/pdf.worker.mjs': 'legacy/build/pdf.worker.min.mjs',
    'package.json': 'package.json',
    LICENSE: 'LICENSE',
    ...characterMaps(),
  },
};

/** What ships beside each handler's bundle, by entry (relative to the project root). */
const BESIDE_BUNDLES: Readonly<Record<string, readonly BesideBundle[]>> = {
  [FUNCTIONS.parse.entry]: [PDFJS],
};

export function besideBundle(entry: string): readonly BesideBundle[] {
  return BESIDE_BUNDLES[entry] ?? [];
}

/** The copies, [from, to], that put these packages from the project's node_modules beside a bundle in outputDir. */
export function besideBundleCopies(
  packages: readonly BesideBundle[],
  projectRoot: string,
  outputDir: string,
): Array<[string, string]> {
  return packages.flatMap(({ name, files }) =>
    Object.entries(files).map(([shipped, source]): [string, string] => [
      posix.join(projectRoot, 'node_modules', name, source),
      posix.join(outputDir, 'node_modules', name, shipped),
    ]),
  );
}
