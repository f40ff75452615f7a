import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from './emulators/credentials.js';
import type { Emulators } from './emulators/index.js';

/** The pipeline's own SDK clients (uploads, table setup, stream polling), pointed at the emulators. */
export function createLocalClients(emulators: Emulators) {
  const common = { region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS };
  const dynamo = new DynamoDBClient({ ...common, endpoint: emulators.dynamo.endpoint });
  const clients = {
    s3: new S3Client({ ...common, endpoint: emulators.s3.endpoint, forcePathStyle: true }),
    dynamo,
    document: DynamoDBDocumentClient.from(dynamo),
    streams: new DynamoDBStreamsClient({ ...common, endpoint: emulators.dynamo.endpoint }),
  };
  return {
    ...clients,
    destroy() {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}
export type LocalClients = ReturnType<typeof createLocalClients>;
