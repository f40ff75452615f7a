import type { DistrictConfig } from '../shared/model/district.js';
import type { Finding } from '../shared/model/finding.js';
import { ReportNotFoundError } from '../shared/store/report-not-found.js';
import { shortHash } from '../shared/short-hash.js';
import type { ReportStore } from '../shared/store/store.js';
import type { ReadReport } from '../shared/model/report.js';
import type { StoredReport } from '../shared/model/stored-report.js';
import type { ReportRead, Validation } from '../shared/store/store.js';
import { type CheckContext, checkSameAsAgency, holdsSeveralReports } from './check-report.js';
import { agencyShingleCount, mayBeAlike } from './rules/prose-likeness.js';
import type { Peer } from './rules/rule.js';
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
  /** How many other agencies' reports, already validated, this one is a copy of (or the original of). */
  peerFollowUps?: Record<'created' | 'duplicate', number>;
}

/** Another agency's latest report of the year, as stored. */
interface StoredPeer extends Peer {
  stored: StoredReport;
}

/**
 * Runs the rules on a PARSED report against the agency's previous year and the other agencies' reports of its year,
 * and saves the findings (→ VALIDATED). Reports may arrive in any order: when the next year is already validated,
 * its cross-year rules run again with this report as its previous year, and when another agency's report of the
 * year is already validated, D-SAME-AS-AGENCY runs again on it with this report as its peer; the findings a stored
 * report did not have become a follow-up notice on it (written once).
 */
export async function validateReport(deps: ValidateDeps, id: string): Promise<ValidateOutcome> {
  const stored = await toValidate(deps.store, id);
  if (!stored) throw new ReportNotFoundError(`report ${id}`);
  const { report } = stored;
  if (!report) return { validation: 'already' }; // REJECTED: nothing to check
  const agency = deps.district.agencies.find((candidate) => candidate.id === stored.agencyId);
  const expectedAgency = agency && { name: agency.name, aliases: agency.aliases };
  const latestOf = async (year: number | null, read?: ReportRead) =>
    year === null ? undefined : deps.store.latestFor(stored.agencyId, year, read);
  const proseShingles = holdsSeveralReports(report) ? 0 : agencyShingleCount(report);
  const peers = report.year === null ? [] : await peersOf(deps, stored, report.year, proseShingles);

  let validation: ValidateOutcome['validation'] = 'already';
  if (stored.status === 'PARSED') {
    const previous = (await latestOf(report.year === null ? null : report.year - 1))?.report;
    const context = { previous, expectedAgency, peers: peers.map(({ stored: _, ...peer }) => peer) };
    const result = { ...deps.check(report, context), proseShingles };
    validation = await deps.store.saveValidation(id, result, deps.now().toISOString());
  }
  // Also on a repeated record: a retry after a failure here must still write the follow-ups (each is written once).
  if (report.year === null || (await latestOf(report.year, 'item'))?.id !== id) return { validation };
  const next = await latestOf(report.year + 1);
  const followUp = await nextYearFollowUp(deps, stored, next, expectedAgency);
  const peerFollowUps = await sameAsAgencyFollowUps(deps, { name: nameOf(deps, stored), report, stored }, peers);
  return { validation, ...(followUp && { followUp }), ...(peerFollowUps && { peerFollowUps }) };
}

/**
 * The report to validate, whole; but a file of several reports is checked by no rule (check-report.ts), so its
 * item's findings and tables are all validate reads of it: its body, the whole file's paragraphs, stays unread.
 */
async function toValidate(store: ReportStore, id: string): Promise<StoredReport | undefined> {
  const item = await store.getReport(id, 'item');
  return item?.body && item.report && !holdsSeveralReports(item.report) ? store.getReport(id) : item;
}

/** The next year, already validated, re-checked with this report as its previous year: its new cross-year findings. */
async function nextYearFollowUp(
  deps: ValidateDeps,
  stored: StoredReport,
  next: StoredReport | undefined,
  expectedAgency: CheckContext['expectedAgency'],
): Promise<ValidateOutcome['followUp']> {
  if (!stored.report || !next?.report || !wasChecked(next)) return undefined;
  const rechecked = deps.check(next.report, { previous: stored.report, expectedAgency }).findings;
  const findings = newCrossYearFindings(next, rechecked);
  if (findings.length === 0) return undefined;
  return putFollowUp(deps, next, findings, stored.id, findings.map(signature));
}

/**
 * Each other agency's report already validated is checked with this report as its peer; a D-SAME-AS-AGENCY finding
 * its stored findings do not already make about this agency becomes a follow-up on it, one per pair of agencies.
 * (A peer still PARSED sees this report when it is validated itself.)
 */
async function sameAsAgencyFollowUps(
  deps: ValidateDeps,
  me: StoredPeer,
  peers: readonly StoredPeer[],
): Promise<ValidateOutcome['peerFollowUps']> {
  const counts = { created: 0, duplicate: 0 };
  for (const peer of peers.filter(({ stored }) => wasChecked(stored))) {
    // its own validation saw this report already when its findings name this agency (findings name no report id)
    const knew = peer.stored.findings.some((f) => f.rule === 'D-SAME-AS-AGENCY' && f.message.includes(me.name));
    const findings = knew ? [] : checkSameAsAgency(peer.report, [{ ...me, unlikeProse: peer.unlikeProse }]);
    if (findings.length === 0) continue;
    counts[await putFollowUp(deps, peer.stored, findings, me.stored.id, ['D-SAME-AS-AGENCY', me.stored.agencyId])]++;
  }
  return counts.created + counts.duplicate > 0 ? counts : undefined;
}

const wasChecked = (report: StoredReport) => report.status === 'VALIDATED' || report.status === 'NOTIFIED';

/** Writes a follow-up once: its id is the hash of what makes it the same notice again. */
function putFollowUp(deps: ValidateDeps, on: StoredReport, findings: Finding[], causedBy: string, same: unknown[]) {
  const id = shortHash(JSON.stringify(same));
  return deps.store.putFollowUpOnce({ reportId: on.id, id, findings, createdAt: deps.now().toISOString(), causedBy });
}

/**
 * The latest report of the year of every other agency of the district that has one to compare with. The year's
 * items are read without their bodies (every version of every agency). A peer whose stored shingle count shows its
 * prose cannot be like this report's (`mine`) is compared by its tables only; any other peer too large for its
 * item (or stored before the counts were) has its body read, for its prose.
 */
async function peersOf(deps: ValidateDeps, stored: StoredReport, year: number, mine: number): Promise<StoredPeer[]> {
  const latest = new Map<string, StoredReport>();
  for (const other of await deps.store.reportsForYear(year, 'item')) {
    if (other.agencyId === stored.agencyId || !other.report) continue;
    const known = latest.get(other.agencyId);
    if (!known || order(other) > order(known)) latest.set(other.agencyId, other);
  }
  const peers = [...latest.values()].map(async (item): Promise<StoredPeer[]> => {
    const unlikeProse = item.proseShingles !== undefined && !mayBeAlike(mine, item.proseShingles);
    const other = item.body && !unlikeProse ? await deps.store.getReport(item.id) : item;
    return other?.report ? [{ name: nameOf(deps, other), report: other.report, stored: other, unlikeProse }] : [];
  });
  return (await Promise.all(peers)).flat();
}

/** The store's order of an agency's versions of a year (latestFor's): upload time, then id. */
const order = (report: StoredReport) => `${report.uploadedAt}#${report.id}`;

/** How a finding names an agency: as the district config lists it, else as its report's title does. */
function nameOf(deps: ValidateDeps, stored: StoredReport): string {
  const agency = deps.district.agencies.find((candidate) => candidate.id === stored.agencyId);
  return agency?.name ?? stored.report?.agency ?? stored.agencyId;
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
