import { describe, expect, it } from 'vitest';
import { digestWindowOf } from '../../functions/notify/digest-event.js';

const NOW = new Date('2021-01-16T08:00:00.000Z');

describe('digestWindowOf', () => {
  it('covers the day before the scheduled time of an EventBridge event', () => {
    const scheduled = { 'detail-type': 'Scheduled Event', source: 'aws.events', time: '2021-01-16T00:00:00Z' };
    expect(digestWindowOf(scheduled, NOW)).toEqual({
      since: '2021-01-15T00:00:00.000Z',
      until: '2021-01-16T00:00:00.000Z',
    });
  });

  it('takes the window the local pipeline names, up to now by default', () => {
    expect(digestWindowOf({ since: '2021-01-16T07:00:00.000Z' }, NOW)).toEqual({
      since: '2021-01-16T07:00:00.000Z',
      until: '2021-01-16T08:00:00.000Z',
    });
  });

  it('rejects an event with neither', () => {
    expect(() => digestWindowOf({ since: 'yesterday' }, NOW)).toThrow();
  });
});
