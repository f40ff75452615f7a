/**
 * A loader that runs `load` on its first call and keeps the result, so that a module a function needs only for
 * some inputs (a dynamic import: a chunk of its own in the bundle) loads when the first such input comes in. A load
 * that fails is tried again by the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
