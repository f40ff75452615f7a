import { fakeContext } from '../shared/lambda-test-env.js';
import { readFile } from 'node:fs/promises';
import { Template } from 'aws-cdk-lib/assertions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createParseHandler } from '../../functions/parse/handler.js';
import { readReport } from '../../functions/parse/read-report.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { PipelineStack } from '../../lib/stacks/pipeline-stack.js';
import { testApp } from './test-app.js';

// What test/stacks/pipeline-stack.test.ts does not assert yet, of the stack's security: IAM scoped to this
// district's own resources, resource policies open to no one, no district sharing another's, and logs that
// carry keys and outcomes but no report text or addresses.
const districts = loadDistricts();
const district = districts.find(({ id }) => id === 'xicheng')!;
const template = Template.fromStack(new PipelineStack(testApp(), 'Nianbao-xicheng', { district }));
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;

interface Statement {
  Effect: string;
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}
const statementsOf = (type: string): Statement[] =>
  Object.values(template.findResources(type)).flatMap((resource) => resource.Properties.PolicyDocument.Statement);

/** A resource expression with each Ref / GetAtt of this template's resources replaced by `<logicalId>`. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value && typeof value === 'object') {
    const [[fn, arg]] = Object.entries(value) as [[string, unknown]];
    if (fn === 'Ref') return String(arg).startsWith('AWS::') ? `{${String(arg)}}` : `<${String(arg)}>`;
    if (fn === 'Fn::GetAtt') return `<${(arg as string[])[0]}>`;
    if (fn === 'Fn::Join') return render((arg as [string, unknown[]])[1]);
  }
  throw new Error(`unexpected resource expression ${JSON.stringify(value)}`);
}
const referenced = (rendered: string) => [...rendered.matchAll(/<([^>]+)>/g)].map((match) => match[1] ?? '');

describe('IAM', () => {
  const identityStatements = statementsOf('AWS::IAM::Policy').filter((statement) => statement.Resource !== '*');

  it('names only resources of this district stack in every statement that is not X-Ray', () => {
    for (const statement of identityStatements) {
      for (const resource of [statement.Resource].flat()) {
        const rendered = render(resource);
        const ids = referenced(rendered);
        expect(ids, rendered).not.toEqual([]);
        for (const id of ids) expect(resources[id], `${rendered} names ${id}`).toBeDefined();
      }
    }
  });

  it('uses a wildcard inside a resource only for the uploads under incoming/ and the report bodies under reports/', () => {
    const wildcards = identityStatements.flatMap((statement) =>
      [statement.Resource].flat().map(render).filter((rendered) => rendered.includes('*')),
    );
    expect(new Set(wildcards.map((rendered) => rendered.replace(/^<Uploads[0-9A-F]{8}>/, '<Uploads>')))).toEqual(
      new Set(['<Uploads>/incoming/*', '<Uploads>/reports/*']),
    );
  });

  it("never mentions another district's id, sender or mailboxes", () => {
    const json = JSON.stringify(template.toJSON());
    for (const other of districts.filter(({ id }) => id !== district.id)) {
      for (const text of [`"${other.id}"`, other.sender, ...other.adminEmails]) expect(json).not.toContain(text);
    }
  });
});

describe('resource policies', () => {
  const resourceStatements = ['AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy'].flatMap(
    statementsOf,
  );

  it('allow only AWS services, each tied to this stack or account by a condition; everyone else is only denied', () => {
    const allows = resourceStatements.filter((statement) => statement.Effect === 'Allow');
    for (const statement of allows) {
      expect(statement.Principal).toEqual({ Service: expect.stringMatching(/\.amazonaws\.com$/) });
      expect(JSON.stringify(statement.Condition)).toMatch(/aws:Source(Arn|Account)/);
    }
    const everyone = resourceStatements.filter((statement) => JSON.stringify(statement.Principal).includes('*'));
    for (const statement of everyone) expect(statement.Effect).toBe('Deny');
  });

  it('let only S3 and the schedule invoke functions, each from its own source, and give no function a URL', () => {
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission'));
    expect(permissions.map(({ Properties }) => Properties.Principal).sort()).toEqual([
      'events.amazonaws.com',
      's3.amazonaws.com',
    ]);
    for (const { Properties } of permissions) expect(referenced(render(Properties.SourceArn))).toHaveLength(1);
    template.resourceCountIs('AWS::Lambda::Url', 0);
  });
});

describe('logs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('are never switched to logging whole events, or to debug, by the stack', () => {
    for (const { Properties } of Object.values(template.findResources('AWS::Lambda::Function'))) {
      const variables = Properties.Environment?.Variables ?? {};
      expect(variables.POWERTOOLS_LOGGER_LOG_EVENT).toBeUndefined();
      expect(variables.POWERTOOLS_LOG_LEVEL ?? 'INFO').not.toMatch(/DEBUG|TRACE/);
    }
  });

  it('name the key and the agency of an upload, never its text', async () => {
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
    const report = await readFile(new URL('../../examples/tianqiao/2020-年报.txt', import.meta.url));
    const key = 'incoming/tianqiao/2020-年报.txt';
    const objects = { get: async () => ({ bytes: report, lastModified: '2025-01-20T08:00:00.000Z' }) };
    const handler = createParseHandler({ objects, store: createMemoryReportStore(), district, read: readReport });
    const event = { Records: [{ s3: { bucket: { name: 'uploads' }, object: { key: encodeURI(key), eTag: 'e1' } } }] };
    await handler(event, fakeContext('parse'));
    const logged = lines.join('');
    expect(logged).toContain(key);
    expect(logged).toContain('"agency":"tianqiao"');
    const sentences = report.toString('utf8').split(/[\n。]/).filter((line) => line.trim().length >= 12);
    expect(sentences.length).toBeGreaterThan(5);
    for (const sentence of sentences) expect(logged).not.toContain(sentence.trim());
    for (const agency of district.agencies) for (const email of agency.emails) expect(logged).not.toContain(email);
  });
});
