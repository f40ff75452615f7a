import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';

// `npm ci` on a fresh clone warns EBADENGINE for any package whose engines the Node in use does not satisfy.
const lockSchema = z.object({
  packages: z.record(z.string(), z.object({ engines: z.object({ node: z.string() }).partial().optional() })),
});
const packageSchema = z.object({ engines: z.object({ node: z.string() }) });
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'));

type Version = [number, number, number];
const versionOf = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The npm range forms the lock file uses: `||` of space-separated `>=`, `>`, `<`, `^`, bare and `x`/`*` versions. */
function satisfies(version: string, range: string): boolean {
  const v = versionOf(version);
  return range.split('||').some((alternative) =>
    alternative
      .replace(/([<>=^~]+)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        const [, op = '', bound = ''] = /^([<>=^~]*)v?(.*)$/.exec(comparator) ?? [];
        if (bound === '*' || bound === '') return true;
        const b = versionOf(bound);
        const given = bound.split('.').filter((part) => /^\d+$/.test(part)).length;
        if (op === '>=') return compare(v, b) >= 0;
        if (op === '>') return compare(v, b) > 0;
        if (op === '<') return compare(v, b) < 0;
        if (op === '^') return v[0] === b[0] && compare(v, b) >= 0;
        if (op === '' || op === '=') return v.slice(0, given).every((part, i) => part === b[i]);
        throw new Error(`unknown range ${range}`);
      }),
  );
}

describe('satisfies', () => {
  it.each([
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['20.0.0', '^20.19.0 || >=22.12.0', false],
    ['20.19.0', '^22 || ^24 || >=26', false],
    ['24.0.0', '^22 || ^24 || >=26', true],
    ['20.19.0', '>=6 <7 || >=8', true],
    ['20.19.0', '6.* || 8.* || >= 10.*', true],
    ['20.19.0', '18 || 20 || >=22', true],
    ['21.0.0', '20 || >=22', false],
  ])('%s satisfies %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});

describe('engines', () => {
  const lowest = packageSchema.parse(read('package.json')).engines.node.replace(/^>=\s*/, '');
  // The lowest Node package.json allows (CI), and the Lambda runtime pipeline-function.ts deploys (NODEJS_24_X).
  it.each([lowest, '24.0.0'])('every locked package runs on Node %s', (version) => {
    const packages = Object.entries(lockSchema.parse(read('package-lock.json')).packages);
    const refusing = packages.filter(([, { engines }]) => engines?.node && !satisfies(version, engines.node));
    expect(refusing.map(([name, { engines }]) => `${name} ${engines?.node}`)).toEqual([]);
  });
});
