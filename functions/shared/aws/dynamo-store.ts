import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  paginateQuery,
  paginateScan,
  type QueryCommandInput,
  type ScanCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { findingSchema, skippedSchema } from '../model/finding.js';
import { ReportNotFoundError } from '../store/report-not-found.js';
import { suggestionSchema } from '../model/suggestion.js';
import type { ReportStore } from '../store/store.js';
import { followUpSchema, parseStoredReport, storedReportSchema } from '../model/stored-report.js';
import { reviewMarkId, reviewMarkSchema } from '../model/review-mark.js';
import {
  agencyPrefix,
  BY_YEAR_INDEX,
  byYearKeys,
  FOLLOWUP_SK_PREFIX,
  followUpKey,
  MARK_SK_PREFIX,
  REPORT_SK,
  reportKey,
  reviewMarkKey,
  reviewMarksPk,
  yearKey,
} from '../store/table-design.js';

export interface DynamoReportStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/**
 * ReportStore on the district table (keys: table-design.ts). Every write a duplicate event could repeat is
 * conditional; a failed condition is an outcome ('duplicate', 'already', false), any other error is thrown so the
 * Lambda retries. Items are validated with zod on write and on read.
 */
export function createDynamoReportStore({ client, tableName }: DynamoReportStoreOptions): ReportStore {
  /** Runs a conditional write; false when the condition failed on an existing item. */
  const writeIf = async (command: PutCommand | UpdateCommand, what: string): Promise<boolean> => {
    try {
      // Two calls, not one on the union: send() is generic over a single command type.
      await (command instanceof PutCommand ? client.send(command) : client.send(command));
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (command instanceof UpdateCommand && !(await exists(command.input.Key))) throw new ReportNotFoundError(what);
      return false;
    }
  };
  // Read only after a failed condition, to tell "already done" (an outcome) from "no such item" (a bug).
  // ReturnValuesOnConditionCheckFailure would save it, but the DynamoDB Local of the emulators predates it.
  const exists = async (key: Record<string, unknown> | undefined) => {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    return Item !== undefined;
  };
  const query = async (input: Omit<QueryCommandInput, 'TableName'>) => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateQuery({ client }, { TableName: tableName, ...input }))
      items.push(...(page.Items ?? []));
    return items;
  };
  const scan = async (input: Omit<ScanCommandInput, 'TableName'>) => {
    const items: Record<string, unknown>[] = [];
    for await (const page of paginateScan({ client }, { TableName: tableName, ...input }))
      items.push(...(page.Items ?? []));
    return items;
  };
  const ofYear = (year: number, agencyId?: string) => ({
    IndexName: BY_YEAR_INDEX,
    KeyConditionExpression: agencyId ? 'gsi1pk = :year AND begins_with(gsi1sk, :agency)' : 'gsi1pk = :year',
    ExpressionAttributeValues: { ':year': yearKey(year), ...(agencyId && { ':agency': agencyPrefix(agencyId) }) },
  });
  const update = (
    key: Record<string, string>,
    expression: string,
    condition: string,
    values: Record<string, unknown>,
  ) =>
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: expression,
      ConditionExpression: condition,
      ExpressionAttributeNames: expression.includes('#status') ? { '#status': 'status' } : undefined,
      ExpressionAttributeValues: values,
    });

  return {
    async putReportOnce(report) {
      const valid = storedReportSchema.parse(report);
      const item = { ...plain(valid), ...reportKey(valid.id), ...byYearKeys(valid) };
      const put = new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' });
      return (await writeIf(put, `report ${valid.id}`)) ? 'created' : 'duplicate';
    },
    async getReport(id) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: reportKey(id), ConsistentRead: true }),
      );
      return Item && parseStoredReport(Item);
    },
    async saveValidation(id, { findings, skipped, suggestions = [], proseShingles }, at) {
      const values = {
        ':validated': 'VALIDATED',
        ':parsed': 'PARSED',
        ':findings': plain(z.array(findingSchema).parse(findings)),
        ':skipped': plain(z.array(skippedSchema).parse(skipped)),
        ':suggestions': plain(z.array(suggestionSchema).parse(suggestions)),
        ':at': z.iso.datetime().parse(at),
        ...(proseShingles !== undefined && { ':prose': storedReportSchema.shape.proseShingles.parse(proseShingles) }),
      };
      const set =
        'SET #status = :validated, findings = :findings, skipped = :skipped, suggestions = :suggestions, validatedAt = :at' +
        (proseShingles === undefined ? '' : ', proseShingles = :prose');
      const saved = await writeIf(update(reportKey(id), set, '#status = :parsed', values), `report ${id}`);
      return saved ? 'saved' : 'already';
    },
    async markNotified(id, to, at) {
      const values = {
        ':notified': 'NOTIFIED',
        ':validated': 'VALIDATED',
        ':rejected': 'REJECTED',
        ':to': to,
        ':at': at,
      };
      const set = 'SET #status = :notified, notifiedTo = :to, notifiedAt = :at';
      return writeIf(update(reportKey(id), set, '#status IN (:validated, :rejected)', values), `report ${id}`);
    },
    async latestFor(agencyId, year) {
      // One page, not the paginator: with Limit 1 it would walk every version of the agency-year.
      const input = { TableName: tableName, ...ofYear(year, agencyId), ScanIndexForward: false, Limit: 1 };
      const item = (await client.send(new QueryCommand(input))).Items?.[0];
      return item && parseStoredReport(item);
    },
    async reportsForYear(year) {
      return (await query(ofYear(year))).map(parseStoredReport);
    },
    async allReports() {
      const items = await scan({
        FilterExpression: 'sk = :report',
        ExpressionAttributeValues: { ':report': REPORT_SK },
      });
      return items.map(parseStoredReport);
    },
    async putFollowUpOnce(followUp) {
      const valid = followUpSchema.parse(followUp);
      const item = { ...plain(valid), ...followUpKey(valid.reportId, valid.id) };
      const put = new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' });
      return (await writeIf(put, `follow-up ${valid.id}`)) ? 'created' : 'duplicate';
    },
    async markFollowUpNotified(reportId, followUpId, at) {
      const command = update(
        followUpKey(reportId, followUpId),
        'SET notifiedAt = :at',
        // attribute_exists(pk): an update without it would create a bare follow-up item.
        'attribute_exists(pk) AND attribute_not_exists(notifiedAt)',
        { ':at': at },
      );
      return writeIf(command, `follow-up ${reportId}/${followUpId}`);
    },
    async followUpsOf(reportId) {
      const items = await query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :followUp)',
        ExpressionAttributeValues: { ':pk': reportKey(reportId).pk, ':followUp': FOLLOWUP_SK_PREFIX },
        ConsistentRead: true,
      });
      return items.map((item) => followUpSchema.parse(item));
    },
    async putReviewMarkOnce(mark) {
      const valid = reviewMarkSchema.parse(mark);
      const item = { ...plain(valid), ...reviewMarkKey(valid.agencyId, valid.year, reviewMarkId(valid.finding)) };
      const put = new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' });
      return (await writeIf(put, `review mark ${item.pk}/${item.sk}`)) ? 'created' : 'duplicate';
    },
    async reviewMarksFor(agencyId, year) {
      const items = await query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :mark)',
        ExpressionAttributeValues: { ':pk': reviewMarksPk(agencyId, year), ':mark': MARK_SK_PREFIX },
        ConsistentRead: true,
      });
      return items.map((item) => reviewMarkSchema.parse(item));
    },
    async allReviewMarks() {
      const items = await scan({
        FilterExpression: 'begins_with(sk, :mark)',
        ExpressionAttributeValues: { ':mark': MARK_SK_PREFIX },
      });
      return items.map((item) => reviewMarkSchema.parse(item));
    },
  };
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Drops `undefined` fields (optional zod fields), which the document client refuses unless told otherwise. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
