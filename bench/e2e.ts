import type { DistrictConfig } from '../functions/shared/model/district.js';
import { createLocalClients } from '../local/clients.js';
import { startEmulators } from '../local/emulators/index.js';
import { startLocalPipeline } from '../local/pipeline.js';
import { UPLOAD_PREFIX } from '../pipeline/uploads.js';
import type { BenchFile } from './corpus.js';
import { median, percentile } from './measure.js';
import { type UsagePerReport, usagePerReport } from './usage.js';

export interface E2eFigures {
  e2eP50Ms?: number;
  e2eP95Ms?: number;
  usage?: UsagePerReport;
  notes: string[];
}

/** Reports in flight at once by default: a district office uploading a batch, not one file at a time. */
const CONCURRENCY = 4;
const POLL_MS = 25;
const DEADLINE_MS = 90_000;
const WARM_UP = 2;

/** One fictional agency per report, so each report's email is the one sent to its agency's address. */
function benchDistrict(count: number): DistrictConfig {
  return {
    id: 'bench',
    name: '基准测试区',
    sender: 'nianbao@bench.example.gov.cn',
    adminEmails: ['office@bench.example.gov.cn'],
    notifyOn: 'findings',
    agencies: Array.from({ length: count }, (_, index) => ({
      id: `agency-${index}`,
      name: `基准测试机关${index}`,
      aliases: [],
      emails: [`agency-${index}@bench.example.gov.cn`],
    })),
  };
}

/**
 * Upload → email accepted by the SES emulator, through the local pipeline (S3 → parse → DynamoDB stream →
 * validate → notify). Every file must draw findings (notifyOn: findings), or no email marks its end.
 */
export async function measureE2e(files: readonly BenchFile[], concurrency = CONCURRENCY): Promise<E2eFigures> {
  let emulators;
  try {
    emulators = await startEmulators();
  } catch (error) {
    return { notes: [`e2e: the emulators did not start (${(error as Error).message}); omitted`] };
  }
  const pipeline = startLocalPipeline(emulators);
  try {
    const stack = await pipeline.stackFor(benchDistrict(files.length));
    const deadline = performance.now() + DEADLINE_MS;
    /** Uploads file `index` and waits for its agency's email: the latency, or undefined past the deadline. */
    const mailOne = async (index: number): Promise<number | undefined> => {
      const file = files[index] as BenchFile;
      const recipient = `agency-${index}@bench.example.gov.cn`;
      const start = performance.now();
      await stack.upload(`${UPLOAD_PREFIX}agency-${index}/${file.name}`, file.bytes);
      while (performance.now() < deadline) {
        const sent = await emulators.ses.sentEmails();
        if (sent.some((email) => email.destination.to.includes(recipient))) return performance.now() - start;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return undefined;
    };
    for (let index = 0; index < WARM_UP; index += 1) await mailOne(index); // the functions' cold starts
    const latencies: number[] = [];
    let next = WARM_UP;
    const worker = async (): Promise<void> => {
      while (next < files.length && performance.now() < deadline) {
        const latency = await mailOne(next++);
        if (latency !== undefined) latencies.push(latency);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const measured = files.length - WARM_UP;
    const mailed = `${latencies.length} of ${measured} reports mailed (after ${WARM_UP} unmeasured)`;
    const notes = [`e2e: ${mailed}, ${concurrency} uploads in flight`];
    if (latencies.length === 0) return { notes };
    const clients = createLocalClients(emulators);
    try {
      const usage = await usagePerReport(emulators, clients, stack.tableName);
      return { e2eP50Ms: median(latencies), e2eP95Ms: percentile(latencies, 0.95), usage, notes };
    } finally {
      clients.destroy();
    }
  } finally {
    await pipeline.stop();
    await emulators.stop();
  }
}
