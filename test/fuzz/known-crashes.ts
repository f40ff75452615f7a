import { generateReport } from '../../corpus/synthetic-report.js';
import type { FuzzFile } from '../../scripts/fuzz/mutators.js';

/**
 * Crashes the fuzzer found in modules this suite does not own. While one is not fixed, the committed sweep
 * leaves it out (it stays visible as an `it.fails` case on its minimal input) and `npm run fuzz` still counts it.
 * When it is fixed, its `it.fails` case fails: move the entry to FIXED_CRASHES, where it guards the fix.
 */
export interface KnownCrash {
  name: string;
  /** Matches the crash reason the property gives. */
  reason: RegExp;
  minimal: () => FuzzFile;
}

export const KNOWN_CRASHES: readonly KnownCrash[] = [];

export const FIXED_CRASHES: readonly KnownCrash[] = [
  {
    name: 'a 309-digit count was read as Infinity, failing readReportSchema (parse/template/cells.ts)',
    reason: /readReportSchema .*received -?Infinity/,
    minimal: () => {
      const text = generateReport({ seed: 3, layout: 'pipe', template: '2019' }).text;
      const huge = text.replace(/(?<=一、本年新收政府信息公开申请数量 \| )\d+/, '9'.repeat(309));
      return { name: 'huge-number.txt', bytes: new TextEncoder().encode(huge) };
    },
  },
  {
    name: 'a 400-digit count in the prose became Infinity in an N-* finding (validate/rules/narrative)',
    reason: /finding fails findingSchema: \{"rule":"N-/,
    minimal: () =>
      withClaim(`本年度共收到政府信息公开申请${'9'.repeat(400)}件。其中以信函形式申请1件，网络形式申请2件。`),
  },
  {
    name: 'a percentage with over 100 decimals made checkReport throw (toFixed, validate/rules/narrative/percent.ts)',
    reason: /checkReport threw RangeError: toFixed\(\) digits/,
    minimal: () =>
      withClaim(`本年共主动公开政府信息154条，其中规划计划类信息5条，占总体的比例为3.${'2'.repeat(150)}%。`),
  },
];

/** A clean synthetic report with one sentence added to its first section. */
function withClaim(claim: string): FuzzFile {
  const text = generateReport({ seed: 3, layout: 'pipe', template: '2019' }).text;
  const withSentence = text.replace('一、总体情况\n\n', `一、总体情况\n\n${claim}\n\n`);
  return { name: 'claim.txt', bytes: new TextEncoder().encode(withSentence) };
}

export const isKnownCrash = (reason: string): boolean => KNOWN_CRASHES.some((known) => known.reason.test(reason));
