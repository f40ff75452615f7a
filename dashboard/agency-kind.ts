import type { Agency } from '../functions/shared/model/district.js';

export type AgencyKind = NonNullable<Agency['kind']>;

export const AGENCY_KINDS: readonly AgencyKind[] = ['street', 'bureau', 'other'];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = { street: '街道/乡镇', bureau: '委办局', other: '其他' };

// By the name's ending: 乡村振兴局 is a 局, 天桥街道办事处 a street office although 办 is in it.
const STREET = /(街道办事处|街道|乡|镇|乡人民政府|镇人民政府)$/;
const BUREAU = /(委员会|委|办公室|办|局)$/;

/** The config's kind, else one read from the agency's name. */
export function agencyKind(agency: Pick<Agency, 'name' | 'kind'>): AgencyKind {
  if (agency.kind) return agency.kind;
  if (STREET.test(agency.name)) return 'street';
  return BUREAU.test(agency.name) ? 'bureau' : 'other';
}
