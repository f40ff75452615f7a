import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';



/** One S3 event record as s3rver emits it in-process: the key is raw (not URL-encoded, unlike AWS). */
export interface S3rverRecord {
  eventName: string;
  eventTime: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer: string } };
}

export interface S3Emulator {
  endpoint: string;
  /** Calls the listener for every object-creation record, in the order s3rver emits them; returns unsubscribe. */
  onObjectCreated(listener: (record: S3rverRecord) => void): () => void;
  stop(): Promise<void>;
}

/** s3rver on a free port, storing objects in a fresh temporary directory that stop() removes. */
export async function startS3(): Promise<S3Emulator> {
  const directory = await mkdtemp(join(tmpdir(), 'nianbao-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    // An IP host makes the SDK use path-style URLs without any client option.
    endpoint: `http://127.0.0.1:${port}`,
    onObjectCreated(listener) {
      const onEvent = (event: { Records: S3rverRecord[] }) => {
        for (const record of event.Records) if (record.eventName.startsWith('ObjectCreated:')) listener(record);
      };
      server.on('event', onEvent);
      return () => server.off('event', onEvent);
    },
    async stop() {
      server.removeAllListeners('event');
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
