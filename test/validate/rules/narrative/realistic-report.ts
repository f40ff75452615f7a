import { describe, expect, it } from 'vitest';
import type { Table3Row } from '../../../../functions/shared/model/template.js';
import { checkReport } from '../../../../functions/validate/check-report.js';
import { reportFactory } from '../../../support/report-factory.js';

/** The tables a case's prose is checked against: Table 三 totals and Table 四 totals. */
export interface Tables {
  received?: number;
  carriedIn?: number;
  handled?: number;
  carriedOut?: number;
  review?: number;
  suit?: number;
}

/** Default: 10 received + 2 carried in = 11 handled + 1 carried out; no 行政复议 or 行政诉讼. */
const DEFAULT: Required<Tables> = { received: 10, carriedIn: 2, handled: 11, carriedOut: 1, review: 0, suit: 0 };

export interface Case {
  text: string | string[];
  tables?: Tables;
  /** Table 三 result rows, when not every handled application was 予以公开. */
  results?: Partial<Record<Table3Row, number>>;
  /** The narrative findings as [rule, expected, actual] (null where a rule gives none). */
  found?: [string, number | null, number | null][];
}

const cells = (n: number) => ({ natural: n, total: n });

/** The narrative findings of a case's prose against its tables, as [rule, expected, actual]. */
export function narrativeFindings({ text, tables = {}, results }: Case) {
  const t = { ...DEFAULT, ...tables };
  const rows = results ?? { granted: t.handled };
  const report = reportFactory({
    year: 2020,
    paragraphs: typeof text === 'string' ? [text] : text,
    table3: {
      ...Object.fromEntries(Object.entries(rows).map(([row, n]) => [row, cells(n)])),
      received: cells(t.received),
      carriedIn: cells(t.carriedIn),
      handledTotal: cells(t.handled),
      carriedOut: cells(t.carriedOut),
    },
    table4: { review: { upheld: t.review, total: t.review }, suitDirect: { upheld: t.suit, total: t.suit } },
  });
  return checkReport(report)
    .findings.filter((f) => f.rule.startsWith('N-'))
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);
}

/** One test per case: the narrative findings of its prose against its tables are exactly those it lists. */
export function checkCases(title: string, groups: Record<string, Case>[]): void {
  describe(title, () => {
    it.each(groups.flatMap((group) => Object.entries(group).map(([name, c]) => ({ name, ...c }))))('$name', (c) => {
      expect(narrativeFindings(c)).toEqual(c.found ?? []);
    });
  });
}
