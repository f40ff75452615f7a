import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDashboard } from '../dashboard/server.js';
import { createReportStore, s3Client } from '../functions/shared/aws-clients.js';
import { loadDistricts } from '../pipeline/districts.js';
import { UsageError } from './usage-error.js';

const USAGE = 'usage: dashboard --district ID --table NAME [--region REGION] [--port N]';

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        district: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        port: { type: 'string', default: '8787' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

/**
 * The dashboard over a deployed district's table (the stack's TableName output), with credentials from the
 * usual AWS chain. `npm start -- --serve` shows the same pages over the local emulators.
 */
export async function run(args: string[]): Promise<number> {
  const { district: districtId, table, region, port } = options(args);
  if (!districtId || !table) throw new UsageError(USAGE);
  const district = loadDistricts().find((d) => d.id === districtId);
  if (!district) throw new UsageError(`unknown district '${districtId}': see config/districts/`);
  if (!/^\d+$/.test(port)) throw new UsageError(`--port must be a number; ${USAGE}`);

  // The S3 client reads the bodies of reports too large for an item, from the district's uploads bucket.
  const regional = region ? { region } : {};
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(regional));
  const store = createReportStore({ dynamo, s3: s3Client(regional), tableName: table });
  const dashboard = await startDashboard({ sources: [{ district, store }], port: Number(port) });
  console.log(`Dashboard for ${district.id} (table ${table}): ${dashboard.url}  (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  await dashboard.close();
  return 0;
}
