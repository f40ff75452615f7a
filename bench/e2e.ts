import type { DistrictConfig } from '../functions/shared/district.js';
import { startEmulators } from '../local/emulators/index.js';
import { startLocalPipeline, UPLOAD_PREFIX } from '../local/pipeline.js';
import type { BenchFile } from './corpus.js';
import { median, percentile } from './measure.js';

export interface E2eFigures {
  e2eP50Ms?: number;
  e2eP95Ms?: number;
  notes: string[];
}

/** Reports in flight at once: a district office uploading a batch, not one file at a time. */
const CONCURRENCY = 4;
const POLL_MS = 25;
const DEADLINE_MS = 90_000;

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
export async function measureE2e(files: readonly BenchFile[]): Promise<E2eFigures> {
  let emulators;
  try {
    emulators = await startEmulators();
  } catch (error) {
    return { notes: [`e2e: the emulators did not start (${(error as Error).message}); omitted`] };
  }
  const pipeline = startLocalPipeline(emulators);
  try {
    const stack = await pipeline.stackFor(benchDistrict(files.length));
    const latencies: number[] = [];
    const deadline = performance.now() + DEADLINE_MS;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length && performance.now() < deadline) {
        const index = next++;
        const file = files[index] as BenchFile;
        const recipient = `agency-${index}@bench.example.gov.cn`;
        const start = performance.now();
        await stack.upload(`${UPLOAD_PREFIX}agency-${index}/${file.name}`, file.bytes);
        while (performance.now() < deadline) {
          const sent = await emulators.ses.sentEmails();
          if (sent.some((email) => email.destination.to.includes(recipient))) {
            latencies.push(performance.now() - start);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const notes = [`e2e: ${latencies.length} of ${files.length} reports mailed, ${CONCURRENCY} uploads in flight`];
    if (latencies.length === 0) return { notes };
    return { e2eP50Ms: median(latencies), e2eP95Ms: percentile(latencies, 0.95), notes };
  } finally {
    await pipeline.stop();
    await emulators.stop();
  }
}
