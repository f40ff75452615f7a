import { CreateTableCommand, type DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { createTableInput, type TableDesign } from '../../functions/shared/store/table-design.js';

/** Creates a table exactly as table-design.ts describes it (the CDK stack builds from the same design). */
export async function createTable(client: DynamoDBClient, tableName: string, design: TableDesign) {
  const { TableDescription } = await client.send(new CreateTableCommand(createTableInput(tableName, design)));
  if (design.timeToLiveAttribute) {
    const TimeToLiveSpecification = { Enabled: true, AttributeName: design.timeToLiveAttribute };
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification }));
  }
  return { tableName, streamArn: TableDescription?.LatestStreamArn };
}
