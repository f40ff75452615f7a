import { NOTIFY_FILTERS, VALIDATE_FILTERS } from '../../pipeline/stream-filters.js';
import { STREAM_SETTINGS } from '../../pipeline/stream-settings.js';
import type { FilterPattern } from '../wiring/filter-pattern.js';

/** A stream event source of the district stack: which function, fed with what. */
export interface StreamSource {
  function: 'validate' | 'notify';
  filters: readonly FilterPattern[];
  batchSize: number;
  retryAttempts: number;
}

const { batchSize, retryAttempts } = STREAM_SETTINGS;

/**
 * The stack's DynamoDB stream event sources (lib/constructs/guarded-stream-source.ts), with the stack's own filter
 * patterns and delivery settings, both from plain modules (the stack's constructs load aws-cdk-lib, too slow for
 * `npm start`).
 */
export const STREAM_SOURCES: readonly StreamSource[] = [
  { function: 'validate', filters: VALIDATE_FILTERS, batchSize, retryAttempts },
  { function: 'notify', filters: NOTIFY_FILTERS, batchSize, retryAttempts },
];
