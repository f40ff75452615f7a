import * as z from 'zod';

/**
 * A string attribute of a DynamoDB stream image (`{ S: '…' }`), read as its string. The stream handlers need only
 * an item's string keys, so they read these few attributes as they are marshalled instead of unmarshalling the
 * whole image: Powertools' DynamoDBMarshalled would do that, but imports zod's `z` namespace, which bundles every
 * schema and locale zod has (some 350 kB of each handler's bundle).
 */
export function stringAttribute(schema: z.ZodType<string>) {
  return z.object({ S: schema }).transform(({ S }) => S);
}
