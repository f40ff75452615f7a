import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../lib/stacks/stream-filters.js';
import type { FilterPattern } from '../wiring/filter-pattern.js';

/** A stream event source of the district stack: which function, fed with what. */
export interface StreamSource {
  function: 'validate' | 'notify';
  filters: readonly FilterPattern[];
  batchSize: number;
  retryAttempts: number;
}

/**
 * The stack's DynamoDB stream event sources (lib/constructs/guarded-stream-source.ts), with the stack's own filter
 * patterns. Batch size and retries are repeated here because that file loads aws-cdk-lib, too slow for `npm start`.
 */
export const STREAM_SOURCES: readonly StreamSource[] = [
  { function: 'validate', filters: VALIDATE_FILTERS, batchSize: 10, retryAttempts: 5 },
  { function: 'notify', filters: NOTIFY_FILTERS, batchSize: 10, retryAttempts: 5 },
];
