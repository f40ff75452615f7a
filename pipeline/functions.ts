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
  /** ARM unless a native package the function loads ships for x86_64 only. */
  readonly architecture?: 'x86_64';
  /** Settings of the function's own, beside the stack's (tables, district). */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * OCR reads a page in ~2.6 s on the bench's two cores (bench/ocr.ts) and ~5.7 s on one, and a scan has at most 40
 * pages (functions/parse/formats/ocr/page-images.ts): under 4 minutes on the ~1.2 vCPU of 2,048 MB, with the
 * models' first load. Parse waits for it, so parse's timeout is this and a minute more.
 */
const OCR_TIMEOUT_SECONDS = 300;

export const FUNCTIONS = {
  parse: {
    entry: 'functions/parse/handler.ts',
    serviceName: 'nianbao-parse',
    // A 20-page PDF peaks at ~140 MB and every reader has a budget (functions/parse/formats/*), so 512 MB holds any
    // upload; a scan is read by the OCR function, which parse waits for.
    memoryMb: 512,
    timeoutSeconds: OCR_TIMEOUT_SECONDS + 60,
    asyncRetries: 2,
  },
  ocr: {
    entry: 'functions/ocr/handler.ts',
    serviceName: 'nianbao-ocr',
    // A scan peaks at ~1.2 GB (models, a page drawn at 150 dpi, a 300-dpi TIFF page kept for re-reads); 2048 MB
    // buys the CPU (Lambda's share of a core grows with memory) that keeps a 40-page scan inside the timeout.
    memoryMb: 2048,
    timeoutSeconds: OCR_TIMEOUT_SECONDS,
    // One recogniser thread on ~1.2 vCPU: on one core two threads read a 3-page scan in 21.8 s, one in 17.0 s (two
    // cores: 10.1 s with two). Where OCR_THREADS is unset (npm start, check) two threads use the machine's two cores.
    environment: { OCR_THREADS: '1' },
    // Invoked synchronously by parse, which stores a failure as a rejected upload: nothing to retry.
    asyncRetries: 0,
    // onnxruntime-node and @napi-rs/canvas are shipped for linux/x64 (lib/constructs/bundle-settings.ts).
    architecture: 'x86_64',
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

/** The environment variable in which the stack gives parse the OCR function's name. */
export const OCR_FUNCTION_ENV = 'OCR_FUNCTION_NAME';

export type FunctionName = keyof typeof FUNCTIONS;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
