import { describe, expect, it } from 'vitest';
import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../../pipeline/stream-filters.js';
import { matchesAnyPattern, matchesPattern, UnsupportedFilterError } from '../../../local/wiring/filter-pattern.js';

/** A stream record as Lambda filters it: DynamoDB JSON images. */
function record(eventName: string, sk: string, status?: string, oldStatus?: string) {
  return {
    eventName,
    dynamodb: {
      Keys: { pk: { S: 'REPORT#abc' }, sk: { S: sk } },
      ...(status && { NewImage: { pk: { S: 'REPORT#abc' }, sk: { S: sk }, status: { S: status } } }),
      ...(oldStatus && { OldImage: { pk: { S: 'REPORT#abc' }, sk: { S: sk }, status: { S: oldStatus } } }),
    },
  };
}

describe("the stack's stream filters, matched locally", () => {
  it.each([
    { name: 'a new PARSED report goes to validate', event: record('INSERT', 'REPORT', 'PARSED'), validate: true, notify: false },
    { name: 'a new REJECTED report goes to notify', event: record('INSERT', 'REPORT', 'REJECTED'), validate: false, notify: true },
    {
      name: 'a report turning VALIDATED goes to notify',
      event: record('MODIFY', 'REPORT', 'VALIDATED', 'PARSED'),
      validate: false,
      notify: true,
    },
    {
      name: 'the NOTIFIED write that follows goes nowhere',
      event: record('MODIFY', 'REPORT', 'NOTIFIED', 'VALIDATED'),
      validate: false,
      notify: false,
    },
    { name: 'a new follow-up goes to notify', event: record('INSERT', 'FOLLOWUP#f1'), validate: false, notify: true },
    { name: 'a removed report goes nowhere', event: record('REMOVE', 'REPORT'), validate: false, notify: false },
  ])('$name', ({ event, validate, notify }) => {
    expect(matchesAnyPattern(VALIDATE_FILTERS, event)).toBe(validate);
    expect(matchesAnyPattern(NOTIFY_FILTERS, event)).toBe(notify);
  });
});

describe('matchesPattern', () => {
  it.each([
    { name: 'exact value', pattern: { a: ['x', 'y'] }, event: { a: 'y' }, matches: true },
    { name: 'exact value, other', pattern: { a: ['x'] }, event: { a: 'z' }, matches: false },
    { name: 'number is not its string', pattern: { a: [1] }, event: { a: '1' }, matches: false },
    { name: 'null matches null', pattern: { a: [null] }, event: { a: null }, matches: true },
    { name: 'any element of an array value', pattern: { a: ['x'] }, event: { a: ['w', 'x'] }, matches: true },
    { name: 'missing field fails a value', pattern: { a: ['x'] }, event: {}, matches: false },
    { name: 'prefix', pattern: { a: [{ prefix: 'FOLLOWUP#' }] }, event: { a: 'FOLLOWUP#1' }, matches: true },
    { name: 'prefix, other', pattern: { a: [{ prefix: 'FOLLOWUP#' }] }, event: { a: 'REPORT' }, matches: false },
    { name: 'prefix on a number', pattern: { a: [{ prefix: '1' }] }, event: { a: 12 }, matches: false },
    { name: 'exists: true', pattern: { a: [{ exists: true }] }, event: { a: 0 }, matches: true },
    { name: 'exists: true, absent', pattern: { a: [{ exists: true }] }, event: {}, matches: false },
    { name: 'exists: false, absent', pattern: { a: [{ exists: false }] }, event: { b: 1 }, matches: true },
    { name: 'exists: false, present', pattern: { a: [{ exists: false }] }, event: { a: 1 }, matches: false },
    { name: 'numeric range', pattern: { a: [{ numeric: ['>', 0, '<=', 5] }] }, event: { a: 5 }, matches: true },
    { name: 'numeric range, outside', pattern: { a: [{ numeric: ['>', 0, '<=', 5] }] }, event: { a: 0 }, matches: false },
    { name: 'numeric on a DynamoDB N string', pattern: { N: [{ numeric: ['=', 3] }] }, event: { N: '3' }, matches: true },
    { name: 'numeric on text', pattern: { a: [{ numeric: ['>', 0] }] }, event: { a: 'x' }, matches: false },
    { name: 'nested objects', pattern: { a: { b: { S: ['x'] } } }, event: { a: { b: { S: 'x' } } }, matches: true },
    { name: 'nested object missing', pattern: { a: { b: { S: ['x'] } } }, event: { a: {} }, matches: false },
    { name: 'every field must match', pattern: { a: ['x'], b: ['y'] }, event: { a: 'x', b: 'z' }, matches: false },
  ])('$name', ({ pattern, event, matches }) => {
    expect(matchesPattern(pattern, event)).toBe(matches);
  });

  it('refuses an operator it does not implement rather than matching nothing', () => {
    expect(() => matchesPattern({ a: [{ 'anything-but': ['x'] }] }, { a: 'y' })).toThrow(UnsupportedFilterError);
    expect(() => matchesPattern({ a: [{ numeric: ['~', 1] }] }, { a: 1 })).toThrow(UnsupportedFilterError);
  });
});
