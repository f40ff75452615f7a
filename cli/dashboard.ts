import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDashboard } from '../dashboard/server.js';
import { createReportStore, s3Client } from '../functions/shared/aws/aws-clients.js';
import { loadDistricts } from '../pipeline/districts.js';
import { HELP_FLAG, parseOr } from './flags.js';
import { UsageError } from './usage-error.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const DASHBOARD_USAGE = 'usage: nianbao dashboard --district ID --table NAME [--region REGION] [--port N] [--host ADDRESS]';

const HELP = `${DASHBOARD_USAGE}
  --district ID    the district whose config (config/districts/ID.json) names its agencies
  --table NAME     the district stack's DynamoDB table (its TableName output)
  --region REGION  the table's AWS region (default: the AWS SDK's usual chain)
  --port N         the local port to serve on (default: 8787)
  --host ADDRESS   the address to serve on (default: 127.0.0.1, this machine only); another address lets
                   anyone who reaches it read every report and mark findings
A finding marked 已核实无误 on a report page is written to the table with your own AWS credentials.
`;

function options(args: string[]) {
  return parseOr(DASHBOARD_USAGE, () =>
    parseArgs({
      args,
      strict: true,
      options: {
        district: { type: 'string' },
        table: { type: 'string' },
        region: { type: 'string' },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        ...HELP_FLAG,
      },
    }),
  ).values;
}

/**
 * The dashboard over a deployed district's table (the stack's TableName output), with credentials from the
 * usual AWS chain. `npm start -- --serve` shows the same pages over the local emulators.
 */
export async function run(args: string[]): Promise<number> {
  const { district: districtId, table, region, port, host, help } = options(args);
  if (help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!districtId || !table) throw new UsageError(`--district and --table are required (${DASHBOARD_USAGE})`);
  const district = loadDistricts().find((d) => d.id === districtId);
  if (!district) throw new UsageError(`unknown district '${districtId}': see config/districts/`);
  if (!/^\d+$/.test(port)) throw new UsageError(`--port must be a number (${DASHBOARD_USAGE})`);

  // The S3 client reads the bodies of reports too large for an item, from the district's uploads bucket.
  const regional = region ? { region } : {};
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(regional));
  const store = createReportStore({ dynamo, s3: s3Client(regional), tableName: table });
  const dashboard = await startDashboard({ sources: [{ district, store }], port: Number(port), host });
  console.log(`Dashboard for ${district.id} (table ${table}): ${dashboard.url}  (Ctrl-C to stop)`);
  if (!LOOPBACK.has(host)) console.warn(`Warning: serving on ${host}, not this machine only: whoever reaches it can read every report.`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  await dashboard.close();
  return 0;
}
