import type { FilterPattern } from '../wiring/filter-pattern.js';

/** A stream event source of the district stack: which function, fed with what. */
export interface StreamSource {
  function: 'validate' | 'notify';
  filters: readonly FilterPattern[];
  batchSize: number;
  retryAttempts: number;
}

const REPORT_ITEM = { Keys: { sk: { S: ['REPORT'] } } };

/**
 * The stack's DynamoDB stream event sources. The CDK stack (lib/stacks) had not landed when this was written: these
 * are the filters its brief specifies, to be replaced by an import of the stack's own patterns.
 */
export const STREAM_SOURCES: readonly StreamSource[] = [
  {
    function: 'validate',
    filters: [{ eventName: ['INSERT'], dynamodb: { ...REPORT_ITEM, NewImage: { status: { S: ['PARSED'] } } } }],
    batchSize: 10,
    retryAttempts: 5,
  },
  {
    function: 'notify',
    filters: [
      { eventName: ['INSERT'], dynamodb: { ...REPORT_ITEM, NewImage: { status: { S: ['REJECTED'] } } } },
      {
        eventName: ['MODIFY'],
        dynamodb: { ...REPORT_ITEM, NewImage: { status: { S: ['VALIDATED'] } }, OldImage: { status: { S: ['PARSED'] } } },
      },
      { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: [{ prefix: 'FOLLOWUP#' }] } } } },
    ],
    batchSize: 10,
    retryAttempts: 5,
  },
];
