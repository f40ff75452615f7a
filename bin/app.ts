#!/usr/bin/env node
// The CDK app: one PipelineStack per config/districts/*.json (`-c district=<id>` for one), checked by cdk-nag.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadDistricts } from '../lib/config.js';
import { PipelineStack } from '../lib/stacks/pipeline-stack.js';

const app = new App();
const only: unknown = app.node.tryGetContext('district');
const districts = loadDistricts().filter((district) => only === undefined || district.id === only);
if (districts.length === 0) throw new Error(`no district config with id '${String(only)}' in config/districts/`);

for (const district of districts) {
  const stack = new PipelineStack(app, `Nianbao-${district.id}`, {
    district,
    description: `nianbao pipeline of ${district.id}`,
  });
  Tags.of(stack).add('District', district.id);
}
// cdk-nag 3: a policy-validation plugin (the Aspects API of cdk-nag 2 crashes here).
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
