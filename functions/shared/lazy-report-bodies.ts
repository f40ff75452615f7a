import type { ReportBodies } from './report-body.js';

/**
 * Report bodies whose adapter is loaded by the first put or get: most reports fit their item, so a function that
 * never meets a body never loads (nor parses at cold start) the S3 client behind it. A load that fails is tried
 * again by the next call.
 */
export function lazyReportBodies(load: () => Promise<ReportBodies>): ReportBodies {
  let loading: Promise<ReportBodies> | undefined;
  const bodies = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    put: async (ref, bytes) => (await bodies()).put(ref, bytes),
    get: async (ref) => (await bodies()).get(ref),
  };
}
