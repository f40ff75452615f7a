import { type AgencyKind, agencyKind } from './agency-kind.js';
import { agencyIds, type DistrictView, nameOf } from './district-view.js';
import { FIGURES, type Figure } from './figures.js';

export interface Quartiles {
  p25: number;
  p50: number;
  p75: number;
  /** How many agencies of the kind have the figure this year. */
  count: number;
}

/** Where one agency's figure stands among its kind: 1 is the largest. */
export interface Place {
  value: number;
  rank: number;
  of: number;
  band: string;
}

/** Per kind and figure, the year's values of every agency of that kind, ascending. */
export type Peers = Map<AgencyKind, Map<string, number[]>>;

/** The kind of each agency the view knows: the config's, else the one its name says. */
export function kindsOf(view: DistrictView): Map<string, AgencyKind> {
  return new Map(
    agencyIds(view).map((id) => [id, agencyKind(view.district.agencies.find((a) => a.id === id) ?? { name: nameOf(view, id) })]),
  );
}

/** The latest report of each agency for the year, grouped by kind: what a figure is compared against. */
export function peersOf(view: DistrictView, year: number, kinds = kindsOf(view)): Peers {
  const peers: Peers = new Map();
  for (const [agencyId, byYear] of view.latest) {
    const read = byYear.get(year)?.report;
    const kind = kinds.get(agencyId);
    if (!read || !kind) continue;
    const ofKind = peers.get(kind) ?? new Map<string, number[]>();
    for (const figure of FIGURES) {
      const value = figure.value(read);
      if (value === null) continue;
      const values = ofKind.get(figure.key) ?? [];
      ofKind.set(figure.key, values);
      values.push(value);
    }
    peers.set(kind, ofKind);
  }
  for (const ofKind of peers.values()) for (const values of ofKind.values()) values.sort((a, b) => a - b);
  return peers;
}

/** The value below which a share q of the sorted values lie, interpolated between neighbours (as Excel's PERCENTILE). */
function percentile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? low;
  return low + (high - low) * (at - Math.floor(at));
}

export function quartiles(sorted: readonly number[]): Quartiles | undefined {
  if (sorted.length === 0) return undefined;
  return { p25: percentile(sorted, 0.25), p50: percentile(sorted, 0.5), p75: percentile(sorted, 0.75), count: sorted.length };
}

export function placeOf(value: number, sorted: readonly number[]): Place | undefined {
  const q = quartiles(sorted);
  if (!q) return undefined;
  const rank = sorted.filter((v) => v > value).length + 1;
  const band = value > q.p75 ? '高于P75' : value >= q.p50 ? 'P50–P75' : value >= q.p25 ? 'P25–P50' : '低于P25';
  return { value, rank, of: sorted.length, band };
}

/** The sorted values an agency's figure is compared with, if its kind has any. */
export function peerValues(peers: Peers, kind: AgencyKind, figure: Figure): number[] {
  return peers.get(kind)?.get(figure.key) ?? [];
}
