/**
 * A deployed handler whose dependencies are wired from the environment on its first invocation, once: importing the
 * module (tests, the local Lambda host, a cold start that fails its first event) builds no client.
 */
export function wiredOnFirstUse<Args extends unknown[], Result>(
  wire: () => (...args: Args) => Result,
): (...args: Args) => Result {
  let wired: ((...args: Args) => Result) | undefined;
  return (...args) => (wired ??= wire())(...args);
}
