// A Lambda "sandbox" is a worker thread with its own environment; it runs the TypeScript handlers through tsx,
// which a worker does not inherit from its parent (nor from vitest).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
