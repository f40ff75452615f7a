import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../functions/shared/load-once.js';

describe('loadOnce', () => {
  it('loads on the first call, once, however many calls wait for it', async () => {
    let loads = 0;
    const load = loadOnce(async () => ({ loaded: ++loads }));
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toEqual({ loaded: 1 });
    expect(loads).toBe(1);
  });

  it('fails the calls of a load that failed, and loads again on the next call', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk not found');
      return 'client';
    });
    await expect(load()).rejects.toThrow('chunk not found');
    expect(await load()).toBe('client');
    expect(loads).toBe(2);
  });
});
