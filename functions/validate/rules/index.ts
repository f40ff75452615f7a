import { dSameAsAgency, dSameAsLastYear } from './copied.js';
import { xCarry, xStock } from './cross-year.js';
import { nHandled, nReceived, nYear } from './narrative/applications.js';
import { nConflict } from './narrative/conflict.js';
import { nParts } from './narrative/parts.js';
import { nPercent } from './narrative/percent.js';
import { nPlaceholder } from './narrative/placeholder.js';
import { nReview } from './narrative/review.js';
import type { Rule } from './rule.js';
import { sAgency, sVersionYear } from './structure.js';
import { t3Balance, t3HandledSum, t3RowTotal } from './table3.js';
import { t4GroupTotal } from './table4.js';

/** Every rule the validate stage runs, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  sVersionYear,
  sAgency,
  t3RowTotal,
  t3HandledSum,
  t3Balance,
  t4GroupTotal,
  xCarry,
  xStock,
  dSameAsLastYear,
  dSameAsAgency,
  nReceived,
  nHandled,
  nReview,
  nParts,
  nPercent,
  nPlaceholder,
  nYear,
  nConflict,
];
