import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { PipelineStack } from './pipeline-stack.js';

/**
 * Adds one PipelineStack per district (`Nianbao-<id>`, tagged District), or only the one named by `only`, and the
 * cdk-nag AWS Solutions checks (cdk-nag 3: a policy-validation plugin; its old Aspects API crashes here).
 */
export function addDistrictStacks(app: App, districts: DistrictConfig[], only?: string): PipelineStack[] {
  const chosen = districts.filter((district) => only === undefined || district.id === only);
  if (chosen.length === 0) throw new Error(`no district config with id '${only}' in config/districts/`);
  const stacks = chosen.map((district) => {
    const stack = new PipelineStack(app, `Nianbao-${district.id}`, {
      district,
      description: `nianbao pipeline of ${district.name} (${district.id})`,
    });
    Tags.of(stack).add('District', district.id);
    return stack;
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stacks;
}
