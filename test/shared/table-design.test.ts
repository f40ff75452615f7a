import { describe, expect, it } from 'vitest';
import {
  byYearKeys,
  createTableInput,
  IDEMPOTENCY_TABLE,
  REPORT_TABLE,
  reportIdOf,
} from '../../functions/shared/store/table-design.js';
import { objectRefFactory, storedReportFactory } from './factories.js';

describe('reportIdOf', () => {
  it('gives the same object identity the same short id, and another version another id', () => {
    const ref = objectRefFactory();
    expect(reportIdOf(ref)).toMatch(/^[0-9a-f]{16}$/);
    expect(reportIdOf({ ...ref })).toBe(reportIdOf(ref));
    expect(reportIdOf({ ...ref, version: 'v2' })).not.toBe(reportIdOf(ref));
  });
});

describe('byYearKeys', () => {
  it('sorts an agency-year by upload time, then id', () => {
    const report = storedReportFactory();
    expect(byYearKeys(report)).toEqual({
      gsi1pk: 'YEAR#2024',
      gsi1sk: `AGENCY#tianqiao#2025-01-20T08:00:00.000Z#${report.id}`,
    });
  });

  it('leaves out a report without a readable year', () => {
    expect(byYearKeys(storedReportFactory({ status: 'REJECTED', report: undefined }))).toBeUndefined();
  });
});

describe('createTableInput', () => {
  it('describes the report table with its byYear index and a stream of both images', () => {
    expect(createTableInput('Reports', REPORT_TABLE)).toEqual({
      TableName: 'Reports',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byYear',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('describes the idempotency table as Powertools expects it: key id, no index', () => {
    expect(createTableInput('Idempotency', IDEMPOTENCY_TABLE)).toEqual({
      TableName: 'Idempotency',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    });
    expect(IDEMPOTENCY_TABLE.timeToLiveAttribute).toBe('expiration');
  });
});
