import { CachePersistenceLayer } from '@aws-lambda-powertools/idempotency/cache';
import type { Mailer, OutgoingEmail } from '../../functions/notify/mailer.js';
import type { NotifyDeps } from '../../functions/notify/notify-report.js';
import { sendOnce, sendOnceConfig } from '../../functions/notify/send-once.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import { createMemoryReportStore } from '../support/memory-store.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import type { Context } from 'aws-lambda';
import { districtFactory } from './fixtures.js';

/** Powertools idempotency on an in-memory cache client: the real persistence logic, no table. */
export function memoryPersistence(): CachePersistenceLayer {
  const entries = new Map<string, string>();
  return new CachePersistenceLayer({
    client: {
      async get(name) {
        return entries.get(name) ?? null;
      },
      async set(name, value, options) {
        const key = String(name);
        const onlyIfAbsent = typeof options === 'object' && options !== null && 'NX' in options && options.NX;
        if (onlyIfAbsent && entries.has(key)) return null;
        entries.set(key, String(value));
        return 'OK';
      },
      async del(keys) {
        return keys.filter((key) => entries.delete(key)).length;
      },
    },
  });
}

/** A mailer that records what it sends, and fails the next `failures` sends as SES would. */
export function fakeMailer() {
  const sent: OutgoingEmail[] = [];
  const mailer = {
    sent,
    failures: 0,
    async send(email: OutgoingEmail) {
      if (mailer.failures > 0) {
        mailer.failures -= 1;
        throw new Error('SES: Throttling');
      }
      sent.push(email);
      return `message-${sent.length}`;
    },
  } satisfies Mailer & Record<string, unknown>;
  return mailer;
}

/** A Lambda context with a minute left: idempotency uses it to let an in-flight send block its duplicates. */
export function fakeLambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'notify',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:cn-north-1:000000000000:function:notify',
    memoryLimitInMB: '256',
    awsRequestId: 'request-1',
    logGroupName: '/aws/lambda/notify',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** The notify deps of a test: memory store, the fake mailer behind the real sendOnce, a fixed clock. */
export function notifyTestDeps(options: { district?: DistrictConfig; store?: ReportStore } = {}) {
  const mailer = fakeMailer();
  const store = options.store ?? createMemoryReportStore();
  const idempotency = sendOnceConfig();
  idempotency.registerLambdaContext(fakeLambdaContext());
  const deps: NotifyDeps = {
    store,
    district: options.district ?? districtFactory(),
    mailer: sendOnce(mailer, memoryPersistence(), idempotency),
    now: () => new Date('2021-01-15T03:00:00.000Z'),
  };
  return { deps, mailer, store, idempotency };
}

/** Wraps a store so its next `count` calls of one method throw, as a throttled table would. */
export function failingNext<K extends keyof ReportStore>(store: ReportStore, method: K, count = 1): ReportStore {
  let left = count;
  const original = store[method] as (...args: unknown[]) => Promise<unknown>;
  const wrapped = (...args: unknown[]) => {
    if (left > 0) {
      left -= 1;
      return Promise.reject(new Error(`DynamoDB: ProvisionedThroughputExceeded in ${String(method)}`));
    }
    return original(...args);
  };
  return { ...store, [method]: wrapped };
}
