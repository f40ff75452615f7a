import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CDK_CONTEXT } from './test-app.js';

const recommended: Record<string, unknown> = createRequire(import.meta.url)(
  'aws-cdk-lib/recommended-feature-flags.json',
);

describe('cdk.json', () => {
  it('sets every feature flag `cdk init` recommends for the installed aws-cdk-lib, to its recommended value', () => {
    expect(CDK_CONTEXT).toMatchObject(recommended);
  });

  it('sets nothing beyond them: the district to synthesize comes from -c district=<id>', () => {
    expect(Object.keys(CDK_CONTEXT).sort()).toEqual(Object.keys(recommended).sort());
  });
});
