import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The Powertools logger of a stage (service name from POWERTOOLS_SERVICE_NAME), tagged with its district.
 * Log keys and outcomes, never report text: it is untrusted and can be long.
 */
export function createLogger(district: string): Logger {
  return new Logger({ persistentKeys: { district } });
}
