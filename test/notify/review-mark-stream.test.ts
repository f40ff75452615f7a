import { expect, it } from 'vitest';
import { matchesAnyPattern } from '../../local/wiring/filter-pattern.js';
import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../pipeline/stream-filters.js';
import { FOLLOWUP_SK_PREFIX, reviewMarkKey } from '../../functions/shared/store/table-design.js';

/** The stream record of a new item with these keys, in DynamoDB JSON, as Lambda filters it. */
function inserted({ pk, sk }: { pk: string; sk: string }) {
  const keys = { pk: { S: pk }, sk: { S: sk } };
  return { eventName: 'INSERT', dynamodb: { Keys: keys, NewImage: { ...keys, by: { S: '张三' }, agencyId: { S: 'tianqiao' } } } };
}

it("a new review mark wakes neither validate nor notify: the office's mark is never a notice", () => {
  const mark = inserted(reviewMarkKey('tianqiao', 2024, 'abc'));
  expect(matchesAnyPattern(VALIDATE_FILTERS, mark)).toBe(false);
  expect(matchesAnyPattern(NOTIFY_FILTERS, mark)).toBe(false);
  // The same record shape with a follow-up's keys does: the check above is not vacuous.
  expect(matchesAnyPattern(NOTIFY_FILTERS, inserted({ pk: 'REPORT#r1', sk: `${FOLLOWUP_SK_PREFIX}f1` }))).toBe(true);
});
