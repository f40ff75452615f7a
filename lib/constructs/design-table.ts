import { AttributeType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { KeyAttribute, TableDesign } from '../../functions/shared/store/table-design.js';
import { secureTableProps } from './secure-defaults.js';

/** A TableV2 built from a table-design.ts design: the same keys, index and stream DynamoDB Local gets locally. */
export class DesignTable extends TableV2 {
  constructor(scope: Construct, id: string, design: TableDesign) {
    super(scope, id, {
      ...secureTableProps,
      partitionKey: attribute(design.partitionKey),
      sortKey: design.sortKey && attribute(design.sortKey),
      globalSecondaryIndexes: design.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
      timeToLiveAttribute: design.timeToLiveAttribute,
      dynamoStream: design.stream && StreamViewType[design.stream],
    });
  }
}

function attribute(key: KeyAttribute) {
  return { name: key.name, type: AttributeType.STRING };
}
