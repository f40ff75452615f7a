import type { Finding, Skipped } from '../shared/model/finding.js';
import { cellId, type ReadReport } from '../shared/model/report.js';
import { dSameAsAgency } from './rules/copied.js';
import { RULES } from './rules/index.js';
import { withOcrDoubts } from './rules/ocr-unsure.js';
import type { Peer, Rule, RuleInput, RuleOutcome } from './rules/rule.js';
import { skip } from './rules/rule.js';
import { tableProblem } from './rules/table-problems.js';

export interface CheckContext {
  /** The same agency's report for the year before; cross-year rules are skipped without it. */
  previous?: ReadReport;
  /** Why there is no previous report to compare with, when the caller knows better than "none was found". */
  previousUnavailable?: string;
  /** The agency the file was uploaded for (S-AGENCY). */
  expectedAgency?: { name: string; aliases: string[] };
  /** Other agencies' reports of the same year, for D-SAME-AS-AGENCY. */
  peers?: readonly Peer[];
}

export interface CheckResult {
  /** The reader's structural findings, then the rules' findings. */
  findings: Finding[];
  skipped: Skipped[];
}

/** Why nothing is checked in a file that holds several reports (S-MULTIPLE), or null for one report. */
function severalReports(report: ReadReport, file = 'the file'): string | null {
  const several = report.findings.find((f) => f.rule === 'S-MULTIPLE');
  return several ? `${file} holds ${several.actual ?? 'several'} reports` : null;
}

/** Why a rule cannot run on this input at all, or null when it can. */
function whyNot(rule: Rule, { report, previous }: RuleInput, unavailable?: string): string | null {
  const several = severalReports(report);
  if (several) return several;
  for (const table of rule.tables) {
    const problem = tableProblem(report, table);
    if (problem) return problem;
  }
  if (!rule.crossYear) return null;
  if (report.year === null) return 'the report year is unknown';
  if (!previous) return unavailable ?? `no ${report.year - 1} report of this agency`;
  if (previous.year !== report.year - 1) return `the previous report is not for ${report.year - 1}`;
  const previousSeveral = severalReports(previous, `the ${previous.year} file`);
  if (previousSeveral) return previousSeveral;
  for (const table of rule.tables) {
    const problem = tableProblem(previous, table);
    if (problem) return `${problem} in the ${previous.year} report`;
  }
  return null;
}

/** A file holding several reports is no one agency's report to compare with. */
export const holdsSeveralReports = (report: ReadReport) => severalReports(report) !== null;
const singleReports = (peers: readonly Peer[] = []) => peers.filter((peer) => !holdsSeveralReports(peer.report));

/** The start of a `skipped` reason for a rule that threw: the fuzzer counts these as crashes. */
export const RULE_CRASHED = 'internal error, please report it';

/** A rule that throws (a bug on an input nobody foresaw) is skipped with the error, not allowed to sink the report. */
function runRule(rule: Rule, input: RuleInput, unavailable?: string): RuleOutcome {
  const reason = whyNot(rule, input, unavailable);
  if (reason !== null) return skip(rule.id, reason);
  try {
    return rule.check(input);
  } catch (error) {
    return skip(rule.id, `${RULE_CRASHED}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A rule names a cell by its keys; where the reader found it (`at`) comes from the report's `cells`. */
function locate(finding: Finding, report: ReadReport): Finding {
  const { table, row, column } = finding;
  if (finding.at || !table || !row || !column) return finding;
  const at = report.cells[cellId(table, row, column)];
  return at ? { ...finding, at } : finding;
}

/** Runs every rule on a read report: pure, so the Lambda, the CLI and the local pipeline share it. */
export function checkReport(report: ReadReport, context: CheckContext = {}): CheckResult {
  const { previousUnavailable, peers, ...known } = context;
  const input: RuleInput = { report, ...known, peers: singleReports(peers) };
  const already = new Set(report.findings.map((f) => f.rule)); // a rule the reader already applied is not repeated
  const outcomes = RULES.filter((rule) => !already.has(rule.id) && (rule.appliesTo?.(report) ?? true)).map((rule) =>
    runRule(rule, input, previousUnavailable),
  );
  const skipped = outcomes.flatMap((outcome) => outcome.skipped);
  return {
    // A scanned report's failing totals with a cell OCR is unsure of are OCR-UNSURE warnings (rules/ocr-unsure.ts).
    findings: withOcrDoubts(report, [
      ...report.findings,
      ...outcomes.flatMap((outcome) => outcome.findings.map((f) => locate(f, report))),
    ]),
    skipped: skipped.filter((s, i) => skipped.findIndex((t) => t.rule === s.rule && t.reason === s.reason) === i),
  };
}

/** D-SAME-AS-AGENCY alone, run as checkReport runs it: what a stored report gains when a peer arrives later. */
export function checkSameAsAgency(report: ReadReport, peers: readonly Peer[]): Finding[] {
  return runRule(dSameAsAgency, { report, peers: singleReports(peers) }).findings;
}
