import type { ReadReport } from '../shared/model/report.js';
import type { Validation } from '../shared/store/store.js';
import { type CheckContext, checkReport } from './check-report.js';
import { suggestCorrections } from './suggest/suggest.js';

/** Every rule's findings and, where Table 三 or 四 does not add up, the likeliest corrections: what validate stores. */
export function checkAndSuggest(report: ReadReport, context: CheckContext = {}): Validation {
  return { ...checkReport(report, context), suggestions: suggestCorrections(report, context) };
}
