/**
 * The functions of a district stack, in one place: lib/ deploys them, local/ runs them in its Lambda host, bench/
 * bundles and prices them. Plain data (no CDK or SDK import); paths are relative to the project root.
 */
export interface FunctionSettings {
  /** The handler file. */
  readonly entry: string;
  /** Powertools' service name in every log line. */
  readonly serviceName: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Retries of a failed asynchronous invocation (S3 events, the schedule) before its dead-letter queue. */
  readonly asyncRetries?: number;
}

export const FUNCTIONS = {
  parse: {
    entry: 'functions/parse/handler.ts',
    serviceName: 'nianbao-parse',
    // A 20-page PDF peaks at ~140 MB and every reader has a budget (functions/parse/formats/*), so 512 MB holds any
    // upload; the timeout leaves room for the slower CPU Lambda gives a smaller size.
    memoryMb: 512,
    timeoutSeconds: 120,
    asyncRetries: 2,
  },
  validate: { entry: 'functions/validate/handler.ts', serviceName: 'nianbao-validate', memoryMb: 512, timeoutSeconds: 60 },
  notify: { entry: 'functions/notify/handler.ts', serviceName: 'nianbao-notify', memoryMb: 512, timeoutSeconds: 60 },
  digest: {
    entry: 'functions/notify/digest-handler.ts',
    serviceName: 'nianbao-digest',
    memoryMb: 512,
    timeoutSeconds: 60,
    asyncRetries: 2,
  },
} as const satisfies Record<string, FunctionSettings>;

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
