import type { ReadReport } from '../functions/shared/model/report.js';
import { TABLE2_ROWS } from '../functions/shared/model/template.js';

/** The few numbers the office follows from year to year, each read from one report. */
export interface Figure {
  key: string;
  label: string;
  /** A share (0–1) rather than a count: shown as a percentage, never checked for jumps. */
  share: boolean;
  value(report: ReadReport): number | null;
}

/** The sum of the cells that are there; null when none is, so a missing table never reads as 0. */
function sum(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === 'number');
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

const handled = (report: ReadReport) => report.table3?.handledTotal?.total ?? null;

export const FIGURES: readonly Figure[] = [
  { key: 'received', label: '本年新收申请', share: false, value: (r) => r.table3?.received?.total ?? null },
  { key: 'handled', label: '（七）总计', share: false, value: handled },
  {
    key: 'grantedShare',
    label: '予以公开占比',
    share: true,
    value: (r) => {
      const granted = r.table3?.granted?.total;
      const total = handled(r);
      return typeof granted === 'number' && total ? granted / total : null;
    },
  },
  { key: 'review', label: '行政复议', share: false, value: (r) => r.table4?.review?.total ?? null },
  {
    key: 'suit',
    label: '行政诉讼',
    share: false,
    value: (r) => sum([r.table4?.suitDirect?.total, r.table4?.suitAfterReview?.total]),
  },
  {
    key: 'documents',
    label: '主动公开·规章和规范性文件（新公开/制发）',
    share: false,
    // The 2019 template counts what was newly published, the 2021 template what was issued.
    value: (r) =>
      sum((['regulations', 'normativeDocuments'] as const).flatMap((row) => [r.table2?.rows[row]?.newlyPublished, r.table2?.rows[row]?.issued])),
  },
  {
    key: 'decisions',
    label: '主动公开·许可、处罚、强制等处理决定',
    share: false,
    value: (r) => sum(TABLE2_ROWS.map((row) => r.table2?.rows[row]?.decisions)),
  },
];

export function formatFigure(figure: Figure, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return figure.share ? `${(value * 100).toFixed(1)}%` : String(Math.round(value * 10) / 10);
}
