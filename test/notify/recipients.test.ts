import { describe, expect, it } from 'vitest';
import { recipientsFor } from '../../functions/notify/recipients.js';
import { districtFactory, SEED_000_FINDINGS } from './fixtures.js';

const WARNINGS = SEED_000_FINDINGS.filter((item) => item.severity === 'warning');
const AGENCY = ['tianqiao@example.gov.cn'];

describe('recipientsFor', () => {
  it.each([
    { name: 'errors, notifyOn findings', notifyOn: 'findings', findings: SEED_000_FINDINGS, expected: { to: AGENCY } },
    { name: 'warnings, notifyOn findings', notifyOn: 'findings', findings: WARNINGS, expected: { to: AGENCY } },
    { name: 'errors, notifyOn errors', notifyOn: 'errors', findings: SEED_000_FINDINGS, expected: { to: AGENCY } },
    {
      name: 'warnings, notifyOn errors',
      notifyOn: 'errors',
      findings: WARNINGS,
      expected: { to: [], reason: 'below-notify-threshold' },
    },
    { name: 'nothing found', notifyOn: 'findings', findings: [], expected: { to: [], reason: 'clean' } },
  ] as const)('$name → $expected.to', ({ notifyOn, findings, expected }) => {
    expect(recipientsFor('tianqiao', [...findings], districtFactory({ notifyOn }))).toEqual(expected);
  });

  it('mails nobody for an agency the district does not know', () => {
    expect(recipientsFor('shichahai', SEED_000_FINDINGS, districtFactory())).toEqual({
      to: [],
      reason: 'unknown-agency',
    });
  });
});
