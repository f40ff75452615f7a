import './lambda-test-env.js';
import { spawnSync } from 'node:child_process';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportStore } from '../../functions/shared/aws/aws-clients.js';
import { DYNAMO_ITEM_LIMIT, dynamoItemSize } from '../../functions/shared/store/item-size.js';
import type { Paragraph } from '../../functions/shared/model/report.js';
import { REPORT_TABLE, reportKey } from '../../functions/shared/store/table-design.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from '../../local/emulators/credentials.js';
import { type DynamoEmulator, startDynamo } from '../../local/emulators/dynamodb.js';
import { type S3Emulator, startS3 } from '../../local/emulators/s3.js';
import { createTable } from '../../local/stack/tables.js';
import { objectRefFactory, readReportFactory, storedReportFactory } from './factories.js';
import { describeReportStoreContract } from './report-store-contract.js';

const hasJava = !spawnSync('java', ['-version'], { stdio: 'ignore' }).error;
const BUCKET = 'uploads-bodies';

// The store the Lambdas use (createReportStore), on DynamoDB Local and s3rver. Skipped without Java, as
// dynamo-store-local.test.ts is.
describe.skipIf(!hasJava)('the district store on DynamoDB Local and s3rver', () => {
  let dynamo: DynamoEmulator;
  let s3: S3Emulator;
  let dynamoClient: DynamoDBClient;
  let s3Client: S3Client;
  let tables = 0;
  const makeStore = async () => {
    const { tableName } = await createTable(dynamoClient, `bodies-${++tables}`, REPORT_TABLE);
    const store = createReportStore({ dynamo: DynamoDBDocumentClient.from(dynamoClient), s3: s3Client, tableName });
    return { store, tableName };
  };

  beforeAll(async () => {
    [dynamo, s3] = await Promise.all([startDynamo(), startS3()]);
    const common = { region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS };
    dynamoClient = new DynamoDBClient({ ...common, endpoint: dynamo.endpoint });
    s3Client = new S3Client({ ...common, endpoint: s3.endpoint, forcePathStyle: true });
    await s3Client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  });
  afterAll(async () => {
    dynamoClient?.destroy();
    s3Client?.destroy();
    await Promise.all([dynamo?.stop(), s3?.stop()]);
  });

  describeReportStoreContract('dynamo with bodies', async () => (await makeStore()).store);

  it('writes a 5 MB report and reads every paragraph back, its item well under the limit', async () => {
    const { store, tableName } = await makeStore();
    const paragraphs: Paragraph[] = Array.from({ length: 40_000 }, (_, i) => ({
      text: `第${i}段：本单位坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开，回应社会关切。`,
      section: '一',
      at: { line: i + 1 },
    }));
    const report = storedReportFactory({
      source: objectRefFactory({ bucket: BUCKET }),
      report: readReportFactory({ paragraphs }),
    });
    expect(Buffer.byteLength(JSON.stringify(report))).toBeGreaterThan(5_000_000);
    expect(await store.putReportOnce(report)).toBe('created');
    expect(await store.getReport(report.id)).toEqual(report);
    const { Item } = await DynamoDBDocumentClient.from(dynamoClient).send(
      new GetCommand({ TableName: tableName, Key: reportKey(report.id) }),
    );
    expect(dynamoItemSize(Item ?? {})).toBeLessThan(DYNAMO_ITEM_LIMIT / 10);
  }, 60_000);
});
