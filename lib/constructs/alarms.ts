import { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

const ANY = {
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  treatMissingData: TreatMissingData.NOT_BREACHING,
};

/** Alarms as soon as one event is parked in a dead-letter queue: each is a report that went nowhere. */
export function alarmOnDeadLetters(scope: Construct, id: string, queue: Queue): void {
  queue
    .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) })
    .createAlarm(scope, id, { ...ANY, alarmDescription: `Events parked in ${id.replace(/Alarm$/, '')}` });
}

/** Alarms on any failed invocation (retries may still succeed; the DLQ alarm says when they did not). */
export function alarmOnErrors(scope: Construct, id: string, fn: IFunction): void {
  fn.metricErrors({ period: Duration.minutes(5) }).createAlarm(scope, id, {
    ...ANY,
    alarmDescription: `Invocation errors of ${id.replace(/ErrorsAlarm$/, '')}`,
  });
}
