import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoReportStore } from './dynamo-store.js';
import { env } from '../env.js';
import { lazyReportBodies } from './lazy-report-bodies.js';
import { withReportBodies } from '../store/report-bodies-store.js';
import type { ReportStore } from '../store/store.js';

/**
 * The Lambdas' ReportStore: the table the stack names (TABLE_NAME), and report bodies in S3 through clients that
 * aws-clients.ts builds, imported only when a report has a body (a chunk of its own in the bundle).
 */
export function storeFromEnv(): ReportStore {
  const table = createDynamoReportStore({
    client: DynamoDBDocumentClient.from(new DynamoDBClient({})),
    tableName: env('TABLE_NAME'),
  });
  return withReportBodies(
    table,
    lazyReportBodies(async () => {
      const [{ s3Client }, { s3ReportBodies }] = await Promise.all([
        import('./aws-clients.js'),
        import('./s3-report-bodies.js'),
      ]);
      return s3ReportBodies(s3Client());
    }),
  );
}
