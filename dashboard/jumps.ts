import type { ReadReport } from '../functions/shared/model/report.js';
import type { DistrictView } from './district-view.js';
import { FIGURES, type Figure } from './figures.js';

/** A count that moved implausibly far from the agency's previous year: for the office to ask about, never mailed. */
export interface Jump {
  figure: Figure;
  year: number;
  previousYear: number;
  previous: number;
  current: number;
}

const FACTOR = 5;
/** Below this on either side, a ×5 move is ordinary (4 → 20 applications). */
const FLOOR = 20;

/** The rule in the office's words, for the pages that show jumps. */
export const JUMP_RULE = `较上年变化超过 ${FACTOR} 倍（两年均不少于 ${FLOOR}）`;

export function jumpsBetween(current: ReadReport, previous: ReadReport | undefined): Jump[] {
  const [year, previousYear] = [current.year, previous?.year];
  if (!previous || !year || !previousYear) return [];
  return FIGURES.flatMap((figure): Jump[] => {
    const [now, before] = [figure.value(current), figure.value(previous)];
    if (figure.share || now === null || before === null || now < FLOOR || before < FLOOR) return [];
    return now > before * FACTOR || now * FACTOR < before ? [{ figure, year, previousYear, previous: before, current: now }] : [];
  });
}

/** The jumps of an agency's latest report for the year against its latest for the year before. */
export function jumpsOf(view: DistrictView, agencyId: string, year: number): Jump[] {
  const byYear = view.latest.get(agencyId);
  const current = byYear?.get(year)?.report;
  return current ? jumpsBetween(current, byYear?.get(year - 1)?.report) : [];
}

export function jumpText({ figure, year, previousYear, previous, current }: Jump): string {
  return `${figure.label}：${previousYear}年 ${previous} → ${year}年 ${current}`;
}
