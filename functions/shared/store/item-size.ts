/** DynamoDB's limit on one item. */
export const DYNAMO_ITEM_LIMIT = 400 * 1024;

/**
 * The size of an item as DynamoDB counts it against DYNAMO_ITEM_LIMIT: attribute names and string values in UTF-8
 * bytes, a number by its significant digits (two a byte, plus one), a boolean or null 1 byte, and 3 bytes plus
 * 1 a member for a list or map (whose keys count as names). `undefined` fields are not stored, so not counted.
 */
export function dynamoItemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) size += Buffer.byteLength(name) + valueSize(value);
  }
  return size;
}

function valueSize(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(significantDigits(value) / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (Array.isArray(value)) {
    return value.reduce<number>((size, member) => size + 1 + valueSize(member ?? null), 3);
  }
  if (typeof value === 'object') {
    const members = Object.values(value).filter((member) => member !== undefined).length;
    return 3 + members + dynamoItemSize(value as Record<string, unknown>);
  }
  throw new TypeError(`DynamoDB stores no ${typeof value}`);
}

function significantDigits(value: number): number {
  return Math.max(1, value.toExponential().replace(/e.*$/, '').replace(/\D/g, '').length);
}
