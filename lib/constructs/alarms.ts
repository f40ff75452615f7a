import { Duration } from 'aws-cdk-lib';
import { type Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);
const ANY = {
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  treatMissingData: TreatMissingData.NOT_BREACHING,
};
/** A stream consumer this far behind is stuck, not busy: a batch takes seconds and retries back off for minutes. */
export const STREAM_LAG_ALARM = Duration.minutes(15);

/**
 * Sends the alarm to the topic, and its return to OK too when `recovery` says something the operator waits for
 * (a drained queue, a consumer caught up); an errors alarm turns OK by itself five minutes after the last error.
 */
function notify(alarm: Alarm, topic: ITopic, recovery: boolean): Alarm {
  const action = new SnsAction(topic);
  alarm.addAlarmAction(action);
  if (recovery) alarm.addOkAction(action);
  return alarm;
}

/** Alarms as soon as one event is parked in a dead-letter queue: each is a report that went nowhere. */
export function alarmOnDeadLetters(scope: Construct, id: string, queue: IQueue, topic: ITopic): Alarm {
  const alarm = queue
    .metricApproximateNumberOfMessagesVisible({ period: PERIOD })
    .createAlarm(scope, id, { ...ANY, alarmDescription: `Events parked in ${id.replace(/Alarm$/, '')}` });
  return notify(alarm, topic, true);
}

/** Alarms on any failed invocation (retries may still succeed; the DLQ alarm says when they did not). */
export function alarmOnErrors(scope: Construct, id: string, fn: IFunction, topic: ITopic): Alarm {
  const alarm = fn.metricErrors({ period: PERIOD }).createAlarm(scope, id, {
    ...ANY,
    alarmDescription: `Invocation errors of ${id.replace(/ErrorsAlarm$/, '')}`,
  });
  return notify(alarm, topic, false);
}

/** Alarms when a stream consumer's oldest unprocessed record is older than STREAM_LAG_ALARM. */
export function alarmOnStreamLag(scope: Construct, id: string, fn: IFunction, topic: ITopic): Alarm {
  const alarm = fn.metric('IteratorAge', { statistic: Stats.MAXIMUM, period: PERIOD }).createAlarm(scope, id, {
    ...ANY,
    threshold: STREAM_LAG_ALARM.toMilliseconds(),
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    alarmDescription: `Stream records waiting over ${STREAM_LAG_ALARM.toMinutes()} min for ${id.replace(/LagAlarm$/, '')}`,
  });
  return notify(alarm, topic, true);
}
