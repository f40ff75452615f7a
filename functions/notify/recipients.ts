import type { DistrictConfig } from '../shared/model/district.js';
import type { Finding } from '../shared/model/finding.js';

export type NoMailReason = 'clean' | 'reviewed' | 'below-notify-threshold' | 'unknown-agency';

/**
 * Who gets the email about these findings of an agency's report: the agency's addresses from the district
 * config, or nobody and why. `notifyOn: errors` mails only when there is an error; `findings` also for warnings.
 * `findings` are those still open; `marked` counts those the office marked 已核实无误, which are never mailed.
 */
export function recipientsFor(
  agencyId: string,
  findings: readonly Finding[],
  district: DistrictConfig,
  marked = 0,
): { to: string[] } | { to: []; reason: NoMailReason } {
  if (findings.length === 0) return { to: [], reason: marked > 0 ? 'reviewed' : 'clean' };
  const hasError = findings.some((finding) => finding.severity === 'error');
  if (district.notifyOn === 'errors' && !hasError) return { to: [], reason: 'below-notify-threshold' };
  const agency = district.agencies.find((candidate) => candidate.id === agencyId);
  if (!agency) return { to: [], reason: 'unknown-agency' };
  return { to: [...agency.emails] };
}
