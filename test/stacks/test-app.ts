import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { z } from 'zod';

/** cdk.json's context: the feature flags `cdk synth` runs with (an App built in a test does not read cdk.json). */
export const CDK_CONTEXT = z
  .object({ context: z.record(z.string(), z.unknown()) })
  .parse(JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'))).context;

/** An App as `cdk synth` builds it, minus esbuild: synthesizing with bundling takes minutes. */
export function testApp(): App {
  return new App({ context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': [] } });
}
