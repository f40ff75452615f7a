import { generateReport } from '../support/synthetic-report.js';
import type { FuzzFile } from './mutators.js';

/**
 * Crashes the fuzzer found in modules this suite does not own, not fixed yet. The committed sweep leaves
 * them out (each stays visible as an `it.fails` case on its minimal input); `npm run fuzz` still counts them.
 * When one is fixed, its `it.fails` case fails: delete the entry.
 */
export interface KnownCrash {
  name: string;
  /** Matches the crash reason the property gives. */
  reason: RegExp;
  minimal: () => FuzzFile;
}

export const KNOWN_CRASHES: readonly KnownCrash[] = [
  {
    name: 'a 309-digit count is read as Infinity and the report fails readReportSchema (parse/template/cells.ts)',
    reason: /readReportSchema .*received Infinity/,
    minimal: () => {
      const text = generateReport({ seed: 3, layout: 'pipe', template: '2019' }).text;
      const huge = text.replace(/(?<=一、本年新收政府信息公开申请数量 \| )\d+/, '9'.repeat(309));
      return { name: 'huge-number.txt', bytes: new TextEncoder().encode(huge) };
    },
  },
];

export const isKnownCrash = (reason: string): boolean => KNOWN_CRASHES.some((known) => known.reason.test(reason));
