import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { loadDistricts } from '../../pipeline/districts.js';
import { addDistrictStacks } from '../../lib/stacks/district-stacks.js';
import { testApp } from './test-app.js';

const districts = loadDistricts();
const app = testApp(); // one App for the file: synth is slow
const stacks = addDistrictStacks(app, districts);
// Synthesized while the file loads, outside the per-test timeout: three stacks take a while on two busy cores.
const templates = new Map(stacks.map((stack) => [stack.stackName, Template.fromStack(stack)]));

describe('addDistrictStacks', () => {
  it('adds one stack per district config, named after the district', () => {
    expect(stacks.map((stack) => stack.stackName)).toEqual(districts.map(({ id }) => `Nianbao-${id}`));
  });

  const cases = districts.map(({ id }) => ({ id }));
  it.each(cases)('gives $id a tagged stack, its sender, its alarm mail and no unacknowledged finding', ({ id }) => {
    const stack = Stack.of(app.node.findChild(`Nianbao-${id}`));
    const { sender, adminEmails } = districts.find((district) => district.id === id)!;
    const template = templates.get(stack.stackName)!;
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: sender });
    const subscriptions = Object.values(template.findResources('AWS::SNS::Subscription'));
    expect(subscriptions.map(({ Properties }) => Properties.Endpoint)).toEqual(adminEmails);
    template.allResourcesProperties('AWS::S3::Bucket', { Tags: Match.arrayWith([{ Key: 'District', Value: id }]) });
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  }, 60_000);

  it('adds only the district named with -c district=<id>, and refuses an unknown one', () => {
    const one = testApp();
    expect(addDistrictStacks(one, districts, 'xigong').map((stack) => stack.stackName)).toEqual(['Nianbao-xigong']);
    expect(() => addDistrictStacks(testApp(), districts, 'atlantis')).toThrow("no district config with id 'atlantis'");
  });
});
