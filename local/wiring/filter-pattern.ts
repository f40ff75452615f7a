/**
 * The part of Lambda's event filtering (EventBridge pattern syntax) that the stack's stream filters use:
 * exact values, `prefix`, `exists` and `numeric`. A pattern with any other operator throws, so a filter the
 * stack adds later fails a test here instead of silently matching nothing.
 */
export type FilterPattern = Readonly<Record<string, unknown>>;
type Matcher = unknown;

export class UnsupportedFilterError extends Error {
  override name = 'UnsupportedFilterError';
}

/** True when the event matches the pattern (every field of the pattern must match). */
export function matchesPattern(pattern: FilterPattern, event: unknown): boolean {
  return Object.entries(pattern).every(([field, rule]) => {
    const present = isObject(event) && Object.hasOwn(event, field);
    const value = present ? event[field] : undefined;
    if (Array.isArray(rule)) return rule.some((matcher) => matchesField(matcher, present, value));
    if (isObject(rule)) return present && matchesPattern(rule, value);
    throw new UnsupportedFilterError(`a pattern field holds an array or an object, got ${JSON.stringify(rule)}`);
  });
}

/** True when the event matches at least one of the patterns (Lambda ORs the filters of one event source). */
export function matchesAnyPattern(patterns: readonly FilterPattern[], event: unknown): boolean {
  return patterns.some((pattern) => matchesPattern(pattern, event));
}

function matchesField(matcher: Matcher, present: boolean, value: unknown): boolean {
  if (isObject(matcher) && 'exists' in matcher) return matcher.exists === present;
  if (!present) return false;
  const values = Array.isArray(value) ? value : [value];
  return values.some((one) => matchesValue(matcher, one));
}

function matchesValue(matcher: Matcher, value: unknown): boolean {
  if (!isObject(matcher)) return matcher === value;
  const [operator, ...rest] = Object.keys(matcher);
  if (rest.length > 0) throw new UnsupportedFilterError(`one operator per matcher, got ${JSON.stringify(matcher)}`);
  const operand = matcher[operator ?? ''];
  if (operator === 'prefix' && typeof operand === 'string') {
    return typeof value === 'string' && value.startsWith(operand);
  }
  if (operator === 'numeric' && Array.isArray(operand)) return matchesNumeric(operand, value);
  throw new UnsupportedFilterError(`filter operator not supported locally: ${JSON.stringify(matcher)}`);
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** `{ numeric: ['>', 0, '<=', 5] }`; DynamoDB's `N` values are numeric strings, so those count as numbers. */
function matchesNumeric(conditions: readonly unknown[], value: unknown): boolean {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (Number.isNaN(number) || (typeof value === 'string' && value.trim() === '')) return false;
  for (let index = 0; index < conditions.length; index += 2) {
    const compare = COMPARE[String(conditions[index])];
    const bound = conditions[index + 1];
    if (!compare || typeof bound !== 'number') {
      throw new UnsupportedFilterError(`bad numeric filter: ${JSON.stringify(conditions)}`);
    }
    if (!compare(number, bound)) return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
