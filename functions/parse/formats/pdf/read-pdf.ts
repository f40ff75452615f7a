import type { DocumentRows } from '../../document.js';
import { loadPdfPages } from './load.js';
import { layoutRows } from './layout.js';

/**
 * Reads a text PDF into rows from the page layout: lines by baseline, cells by x gaps, table columns from the
 * header's x ranges. Throws UnreadableFileError for scanned, encrypted, corrupt or oversized files.
 */
export async function readPdf(bytes: Uint8Array): Promise<DocumentRows> {
  return { rows: layoutRows(await loadPdfPages(await loadPdfjs(), bytes)) };
}

/** pdfjs, loaded on first use only (this module is itself imported lazily); its worker runs in this thread. */
export async function loadPdfjs() {
  // pdfjs's display code builds a DOMMatrix as it loads; text extraction never draws. Node has none, and the
  // polyfill pdfjs tries (@napi-rs/canvas, a native module) cannot go into a bundle: without this the bundle throws.
  // (pdfjs still logs one "Cannot load @napi-rs/canvas" warning per cold start there; it is harmless.)
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= InertMatrix;
  // The legacy build's core-js replaces Array.prototype.push for the whole process (Node 20's V8 fails a check on
  // arrays with a read-only length, which nothing here makes): a loop in JavaScript that slowed every push, the
  // reader's and the rules' too, and pdfjs's own most of all. The native one is put back.
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    // @ts-expect-error -- pdfjs ships no type declarations for its worker module
    import('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<unknown>,
  ]);
  if (push) Object.defineProperty(Array.prototype, 'push', push);
  // The fake worker takes its handler from here instead of importing a worker file at run time, so one bundle works.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  return pdfjs;
}

/** Stands in for DOMMatrix when pdfjs loads; nothing on the text path draws. */
class InertMatrix {
  translate(): this {
    return this;
  }
  scale(): this {
    return this;
  }
  multiplySelf(): this {
    return this;
  }
}
