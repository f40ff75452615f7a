import type { Finding, RuleId, Skipped } from '../../shared/model/finding.js';
import type { ReadReport } from '../../shared/model/report.js';
import type { TableId } from '../../shared/model/template.js';

/** What a rule may read: the report, and what the caller knows about it. */
export interface RuleInput {
  report: ReadReport;
  /** The same agency's report for year − 1, checked by checkReport before any cross-year rule sees it. */
  previous?: ReadReport;
  expectedAgency?: { name: string; aliases: string[] };
  /** Other agencies' reports of the same year (D-SAME-AS-AGENCY); none known is nothing to compare, not a skip. */
  peers?: readonly Peer[];
}

/** Another agency's report, with the name a finding calls that agency by. */
export interface Peer {
  name: string;
  report: ReadReport;
  /**
   * Set when the stored shingle counts show the two reports' prose cannot be alike (prose-likeness.ts mayBeAlike):
   * only the tables are compared, and `report` may be an item's excerpt of a report too large for its item.
   */
  unlikeProse?: boolean;
}

export interface RuleOutcome {
  findings: Finding[];
  /** Parts of the rule that could not run (a blank cell, an absent row), with a short English reason. */
  skipped: Skipped[];
}

export interface Rule {
  id: RuleId;
  /** Tables the rule reads: when one is missing or has shape errors, the whole rule is skipped. */
  tables: readonly TableId[];
  /** Cross-year rules also need `previous`, with the same tables readable. */
  crossYear?: boolean;
  /** Whether the rule means anything for this report at all (X-STOCK: 2021 template only); else it is not listed. */
  appliesTo?: (report: ReadReport) => boolean;
  check(input: RuleInput): RuleOutcome;
}

export const NOTHING: RuleOutcome = { findings: [], skipped: [] };

/** Merges the outcomes of a rule's parts (rows, columns, sentences). */
export function combine(outcomes: readonly RuleOutcome[]): RuleOutcome {
  return {
    findings: outcomes.flatMap((outcome) => outcome.findings),
    skipped: outcomes.flatMap((outcome) => outcome.skipped),
  };
}

export function found(...findings: Finding[]): RuleOutcome {
  return { findings, skipped: [] };
}

export function skip(rule: RuleId, reason: string): RuleOutcome {
  return { findings: [], skipped: [{ rule, reason }] };
}
