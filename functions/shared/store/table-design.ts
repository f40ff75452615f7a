import { shortHash } from '../short-hash.js';
import type { ObjectRef, StoredReport } from '../model/stored-report.js';

/**
 * The one description of the district table and the idempotency table. The CDK stack (lib/constructs) and the
 * local pipeline (CreateTableCommand against DynamoDB Local) both build their tables from it.
 *
 * Items: a report is `pk=REPORT#<id>, sk=REPORT`; its follow-ups sit beside it, `sk=FOLLOWUP#<followUpId>`.
 * The office's review marks of an agency's year are `pk=MARKS#<agencyId>#<year>, sk=MARK#<reviewMarkId>`: one
 * partition for every version of that report, one item per mark (functions/shared/model/review-mark.ts).
 * GSI byYear: `gsi1pk=YEAR#<year>, gsi1sk=AGENCY#<agencyId>#<uploadedAt>#<id>`, set only on reports with a readable
 * year, answers "latest report of an agency for a year" (begins_with, descending, limit 1) and "every report of
 * the district for a year".
 */
export interface KeyAttribute {
  readonly name: string;
  /** Every key here is a string. */
  readonly type: 'S';
}

export interface TableDesign {
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalSecondaryIndexes: readonly {
    readonly indexName: string;
    readonly partitionKey: KeyAttribute;
    readonly sortKey: KeyAttribute;
  }[];
  /** The TTL attribute (epoch seconds), when items expire. */
  readonly timeToLiveAttribute?: string;
  readonly stream?: 'NEW_AND_OLD_IMAGES';
}

export const BY_YEAR_INDEX = 'byYear';
export const REPORT_SK = 'REPORT';
export const FOLLOWUP_SK_PREFIX = 'FOLLOWUP#';
export const MARK_SK_PREFIX = 'MARK#';

export const REPORT_TABLE: TableDesign = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    { indexName: BY_YEAR_INDEX, partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
  ],
  // The stream filters compare the old and the new status (pipeline/stream-filters.ts).
  stream: 'NEW_AND_OLD_IMAGES',
};

/** Powertools idempotency (DynamoDBPersistenceLayer defaults): key `id`, TTL `expiration`. */
export const IDEMPOTENCY_TABLE: TableDesign = {
  partitionKey: { name: 'id', type: 'S' },
  globalSecondaryIndexes: [],
  timeToLiveAttribute: 'expiration',
};

/** The input of CreateTableCommand for a design (structurally typed, so this file needs no SDK import). */
export function createTableInput(tableName: string, design: TableDesign) {
  const keys = [design.partitionKey, design.sortKey, ...design.globalSecondaryIndexes.flatMap(keysOfIndex)];
  const names = [...new Set(keys.flatMap((key) => (key ? [key.name] : [])))];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: names.map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: keySchema(design.partitionKey, design.sortKey),
    ...(design.globalSecondaryIndexes.length > 0 && {
      GlobalSecondaryIndexes: design.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' as const },
      })),
    }),
    ...(design.stream && { StreamSpecification: { StreamEnabled: true, StreamViewType: design.stream } }),
  };
}

function keysOfIndex(index: TableDesign['globalSecondaryIndexes'][number]): KeyAttribute[] {
  return [index.partitionKey, index.sortKey];
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute) {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' as const },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }] : []),
  ];
}

/** A report's id: a short hash of its object identity, so the same upload maps to the same item. */
export function reportIdOf(ref: ObjectRef): string {
  return shortHash(`${ref.bucket}/${ref.key}/${ref.version}`);
}

export function reportKey(id: string): { pk: string; sk: string } {
  return { pk: `REPORT#${id}`, sk: REPORT_SK };
}

export function followUpKey(reportId: string, followUpId: string): { pk: string; sk: string } {
  return { pk: `REPORT#${reportId}`, sk: `${FOLLOWUP_SK_PREFIX}${followUpId}` };
}

/** The year is the last part, so `MARKS#a#2024#2025` can only be agency `a#2024`, year 2025. */
export function reviewMarksPk(agencyId: string, year: number): string {
  return `MARKS#${agencyId}#${year}`;
}

export function reviewMarkKey(agencyId: string, year: number, markId: string): { pk: string; sk: string } {
  return { pk: reviewMarksPk(agencyId, year), sk: `${MARK_SK_PREFIX}${markId}` };
}

export function yearKey(year: number): string {
  return `YEAR#${year}`;
}

/** The gsi1sk prefix of one agency; the trailing `#` keeps `tian` from matching `tianqiao`. */
export function agencyPrefix(agencyId: string): string {
  return `AGENCY#${agencyId}#`;
}

/** The byYear keys of a report, or none when it has no readable year (a REJECTED upload). */
export function byYearKeys(report: StoredReport): { gsi1pk: string; gsi1sk: string } | undefined {
  const year = report.report?.year;
  if (year === null || year === undefined) return undefined;
  return { gsi1pk: yearKey(year), gsi1sk: `${agencyPrefix(report.agencyId)}${report.uploadedAt}#${report.id}` };
}
