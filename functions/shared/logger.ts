import { Logger } from '@aws-lambda-powertools/logger';
import { FUNCTIONS, type FunctionName } from '../../pipeline/functions.js';

/**
 * The Powertools logger of a function, under its service name (pipeline/functions.ts, the same deployed and local),
 * tagged with its district. Log keys and outcomes, never report text: it is untrusted and can be long.
 */
export function createLogger(name: FunctionName, district: string): Logger {
  return new Logger({ serviceName: FUNCTIONS[name].serviceName, persistentKeys: { district } });
}
