import { AssetHashType, DockerImage, Duration, type ILocalBundling } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  type FunctionProps,
  Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import * as z from 'zod';
import { BUNDLE_HANDLER, besideBundle, bundleOptions, copyBesideBundle, SOURCE_MAPS } from './bundle-settings.js';

export type DynamoAction = `dynamodb:${string}`;

export interface PipelineFunctionProps extends Omit<FunctionProps, 'code' | 'handler' | 'runtime'> {
  /** The handler file, relative to the project root: `functions/parse/handler.ts`. */
  readonly entry: string;
  readonly runtime?: Runtime;
}

const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;

/** `-c sourceMaps=true` (a string) or `"sourceMaps": true` in cdk.json: see SOURCE_MAPS. */
const sourceMapsContext = z.union([z.boolean(), z.stringbool()]).default(false);

/**
 * A pipeline Lambda with the project's defaults: the newest Node.js runtime, ARM, X-Ray, its own log
 * group with a retention, and the code esbuild bundles as bundle-settings.ts says (split into chunks, with the
 * lazily loaded packages shipped beside them). The caller's props go last and win.
 */
export class PipelineFunction extends LambdaFunction {
  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    const { entry, environment, ...rest } = props;
    const sourceMaps = sourceMapsContext.parse(scope.node.tryGetContext(SOURCE_MAPS.context));
    super(scope, id, {
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      tracing: Tracing.ACTIVE,
      memorySize: 512,
      timeout: Duration.seconds(30),
      logGroup: new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH }),
      ...rest,
      handler: BUNDLE_HANDLER,
      code: Code.fromAsset(PROJECT_ROOT, {
        assetHashType: AssetHashType.OUTPUT,
        // Never pulled: local bundling always bundles (or throws); Docker would only be the fallback.
        bundling: { image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'), local: new Esbuild(entry) },
      }),
      environment: { ...(sourceMaps && { NODE_OPTIONS: SOURCE_MAPS.nodeOptions }), ...environment },
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

/**
 * esbuild in this process (CDK's NodejsFunction runs it with --outfile, which cannot split code). The entry is a
 * field because CDK keys its asset cache on the bundling options as JSON: two functions must not share one asset.
 */
class Esbuild implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    buildSync(bundleOptions(PROJECT_ROOT, this.entry, outputDir));
    copyBesideBundle(besideBundle(this.entry), PROJECT_ROOT, outputDir);
    return true;
  }
}
