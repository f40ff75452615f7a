import type { DistrictConfig } from '../shared/model/district.js';
import type { Finding } from '../shared/model/finding.js';
import { ReportNotFoundError } from '../shared/store/report-not-found.js';
import { shortHash } from '../shared/short-hash.js';
import type { ReportStore } from '../shared/store/store.js';
import type { ReadReport } from '../shared/model/report.js';
import type { StoredReport } from '../shared/model/stored-report.js';
import type { Validation } from '../shared/store/store.js';
import type { CheckContext } from './check-report.js';
import { RULES } from './rules/index.js';

/** The pure rules (check-and-suggest.ts: structural findings first); injected so tests can use a stand-in. */
export type CheckReport = (report: ReadReport, context?: CheckContext) => Validation;

export interface ValidateDeps {
  store: ReportStore;
  district: DistrictConfig;
  check: CheckReport;
  now: () => Date;
}

export interface ValidateOutcome {
  /** 'already' when a repeated stream record finds the report past PARSED. */
  validation: 'saved' | 'already';
  /** Set when a later year of the agency was re-checked against this report and gained cross-year findings. */
  followUp?: 'created' | 'duplicate';
}

/**
 * Runs the rules on a PARSED report against the agency's previous year and saves the findings (→ VALIDATED).
 * Reports may arrive in any order: when the next year is already validated, its cross-year rules run again with this
 * report as its previous year, and the findings of theirs it did not have become a follow-up notice (written once).
 */
export async function validateReport(deps: ValidateDeps, id: string): Promise<ValidateOutcome> {
  const stored = await deps.store.getReport(id);
  if (!stored) throw new ReportNotFoundError(`report ${id}`);
  const { report } = stored;
  if (!report) return { validation: 'already' }; // REJECTED: nothing to check
  const agency = deps.district.agencies.find((candidate) => candidate.id === stored.agencyId);
  const expectedAgency = agency && { name: agency.name, aliases: agency.aliases };
  const latestOf = async (year: number | null) =>
    year === null ? undefined : deps.store.latestFor(stored.agencyId, year);

  let validation: ValidateOutcome['validation'] = 'already';
  if (stored.status === 'PARSED') {
    const previous = (await latestOf(report.year === null ? null : report.year - 1))?.report;
    const result = deps.check(report, { previous, expectedAgency });
    validation = await deps.store.saveValidation(id, result, deps.now().toISOString());
  }
  // Also on a repeated record: a retry after a failure here must still write the follow-up (it is written once).
  if (report.year === null || (await latestOf(report.year))?.id !== id) return { validation };
  const next = await latestOf(report.year + 1);
  if (!next?.report || (next.status !== 'VALIDATED' && next.status !== 'NOTIFIED')) return { validation };
  const findings = newCrossYearFindings(next, deps.check(next.report, { previous: report, expectedAgency }).findings);
  if (findings.length === 0) return { validation };
  const followUp = await deps.store.putFollowUpOnce({
    reportId: next.id,
    id: shortHash(JSON.stringify(findings.map(signature))),
    findings,
    createdAt: deps.now().toISOString(),
    causedBy: id,
  });
  return { validation, followUp };
}

/** The rules that compare a report with its previous year: all a late-arriving earlier year can change. */
const CROSS_YEAR = new Set(RULES.filter((rule) => rule.crossYear).map((rule) => rule.id));

/** The cross-year findings of a re-check that the stored report did not already carry. */
function newCrossYearFindings(stored: StoredReport, findings: Finding[]): Finding[] {
  const known = new Set(stored.findings.map(signature));
  return findings.filter((candidate) => CROSS_YEAR.has(candidate.rule) && !known.has(signature(candidate)));
}

/** What makes two findings the same one: rule, place and numbers (the wording may change between releases). */
function signature({ rule, table, row, column, expected, actual }: Finding): string {
  return JSON.stringify([rule, table, row, column, expected, actual]);
}
