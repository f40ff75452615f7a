import { posix } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import {
  BUNDLE_BANNER,
  BUNDLE_MAIN_FIELDS,
  besideBundle,
  besideBundleCopies,
  SOURCE_MAPS,
} from './bundle-settings.js';

export type DynamoAction = `dynamodb:${string}`;

export interface PipelineFunctionProps extends NodejsFunctionProps {
  /** The handler file, relative to the project root: `functions/parse/handler.ts`. */
  readonly entry: string;
}

const PROJECT_ROOT = new URL('../../', import.meta.url);

/**
 * A pipeline Lambda with the project's defaults (STYLE 4.1): the newest Node.js runtime, ARM, X-Ray, an ESM bundle
 * with every dependency inside but the lazily loaded packages of bundle-settings.ts (shipped beside it), and its own
 * log group with a retention. The caller's props go last and win.
 */
export class PipelineFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const beside = besideBundle(props.entry);
    super(scope, id, {
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      memorySize: 512,
      timeout: Duration.seconds(30),
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
      projectRoot: PROJECT_ROOT.pathname,
      depsLockFilePath: new URL('package-lock.json', PROJECT_ROOT).pathname,
      ...props,
      entry: new URL(props.entry, PROJECT_ROOT).pathname,
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        sourcesContent: SOURCE_MAPS.sourcesContent,
        externalModules: beside.map(({ name }) => name),
        mainFields: BUNDLE_MAIN_FIELDS,
        banner: BUNDLE_BANNER,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) =>
            besideBundleCopies(beside, inputDir, outputDir).map(
              ([from, to]) => `mkdir -p "${posix.dirname(to)}" && cp "${from}" "${to}"`,
            ),
        },
        ...props.bundling,
      },
      environment: { NODE_OPTIONS: SOURCE_MAPS.nodeOptions, ...props.environment },
    });
  }

  /**
   * Names a table in the environment and grants exactly these DynamoDB actions on it and on the named indexes
   * (table.grant would add `index/*`).
   */
  bindTable(table: ITableV2, environmentName: string, actions: DynamoAction[], indexes: string[] = []): this {
    this.addEnvironment(environmentName, table.tableName);
    const resources = [table.tableArn, ...indexes.map((index) => `${table.tableArn}/index/${index}`)];
    this.addToRolePolicy(new PolicyStatement({ actions, resources }));
    return this;
  }
}
