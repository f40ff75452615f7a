import { loadOnce } from '../load-once.js';
import type { ReportBodies } from '../store/report-body.js';

/**
 * Report bodies whose adapter is loaded by the first put or get (loadOnce): most reports fit their item, so a
 * function that never meets a body never loads (nor parses at cold start) the S3 client behind it.
 */
export function lazyReportBodies(load: () => Promise<ReportBodies>): ReportBodies {
  const bodies = loadOnce(load);
  return {
    put: async (ref, bytes) => (await bodies()).put(ref, bytes),
    get: async (ref) => (await bodies()).get(ref),
  };
}
