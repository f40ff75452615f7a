import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { stringAttribute } from '../../functions/shared/aws/stream-image.js';

describe('stringAttribute', () => {
  const keys = z.object({ sk: stringAttribute(z.literal('REPORT')), id: stringAttribute(z.string().min(1)) });

  it('reads string attributes of a stream image as their strings, ignoring the rest of the image', () => {
    const image = { sk: { S: 'REPORT' }, id: { S: 'r1' }, year: { N: '2024' }, tables: { M: {} } };
    expect(keys.parse(image)).toEqual({ sk: 'REPORT', id: 'r1' });
  });

  it('refuses an attribute of another type or value, naming where', () => {
    expect(keys.safeParse({ sk: { S: 'REPORT' }, id: { N: '7' } }).error?.issues[0]?.path).toEqual(['id', 'S']);
    expect(keys.safeParse({ sk: { S: 'FOLLOWUP#1' }, id: { S: 'r1' } }).success).toBe(false);
    expect(keys.safeParse(undefined).success).toBe(false);
  });
});
