import './lambda-test-env.js';
import { spawnSync } from 'node:child_process';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDynamoReportStore } from '../../functions/shared/aws/dynamo-store.js';
import { REPORT_TABLE } from '../../functions/shared/store/table-design.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from '../../local/emulators/credentials.js';
import { type DynamoEmulator, startDynamo } from '../../local/emulators/dynamodb.js';
import { createTable } from '../../local/stack/tables.js';
import { describeReportStoreContract } from './report-store-contract.js';

// The same contract as the memory store, against DynamoDB Local: condition expressions, the byYear index, paging.
const hasJava = !spawnSync('java', ['-version'], { stdio: 'ignore' }).error;

// Skipped without Java: DynamoDB Local needs Java 17+ (the local pipeline's tests say so too).
describe.skipIf(!hasJava)('DynamoDB store on DynamoDB Local', () => {
  let emulator: DynamoEmulator;
  let client: DynamoDBClient;
  let tables = 0;
  beforeAll(async () => {
    emulator = await startDynamo();
    client = new DynamoDBClient({ endpoint: emulator.endpoint, region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS });
  });
  afterAll(async () => {
    client?.destroy();
    await emulator?.stop();
  });

  describeReportStoreContract('dynamo', async () => {
    const { tableName } = await createTable(client, `reports-${++tables}`, REPORT_TABLE); // an empty table each time
    return createDynamoReportStore({ client: DynamoDBDocumentClient.from(client), tableName });
  });
});
