import { count } from '../../cli/text-table.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import type { LocalPipeline } from '../pipeline.js';
import type { DistrictStack } from '../stack/district-stack.js';
import { mailText, shownStatus } from './mail-status.js';
import type { PlannedUpload } from './upload-plan.js';

/** An upload being followed through the pipeline: its key, and its stored report once parse has written it. */
export interface Tracked {
  upload: PlannedUpload;
  stack: DistrictStack;
  key: string;
  report?: StoredReport;
  /** The function whose DLQ holds this upload's event, when it failed for good. */
  failedIn?: string;
}

const POLL_MS = 200;
/** How long everything must stay still before a report with no email to send counts as settled (loaded CI too). */
const SETTLE_MS = 1_500;

/** True once the report needs nothing more: mailed, or past parse with the event sources caught up. */
function isDone(tracked: Tracked, settled: boolean): boolean {
  if (tracked.report?.status === 'NOTIFIED') return true;
  const pastParse = tracked.report !== undefined && tracked.report.status !== 'PARSED';
  return settled && (tracked.failedIn !== undefined || pastParse);
}

/**
 * Polls the district tables, prints one line per status change, and resolves when every tracked upload is done
 * (true) or the timeout passes or the signal aborts (false).
 */
export async function followUploads(
  pipeline: LocalPipeline,
  tracked: Tracked[],
  options: { timeoutMs: number; print: (line: string) => void; signal?: AbortSignal },
): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  let stillSince = Date.now();
  for (;;) {
    let changed = false;
    for (const stack of new Set(tracked.map((one) => one.stack))) {
      const reports = await stack.store.allReports('item'); // statuses and findings: no body
      for (const one of tracked.filter((candidate) => candidate.stack === stack)) {
        const report = reports.find((candidate) => candidate.source.key === one.key);
        const moved = report && report.status !== one.report?.status;
        one.report = report ?? one.report;
        if (moved) {
          options.print(statusLine(one));
          changed = true;
        }
      }
    }
    for (const letter of pipeline.dlq.letters()) {
      const id = reportIdIn(letter.subject);
      const one = tracked.find((candidate) => candidate.key === letter.subject || candidate.report?.id === id);
      if (one && one.failedIn === undefined) {
        one.failedIn = letter.function;
        options.print(`  ${'FAILED'.padEnd(10)} ${one.upload.fileName}: ${letter.function} gave up (${letter.error})`);
        changed = true;
      }
    }
    if (changed || !pipeline.settled()) stillSince = Date.now();
    const settled = Date.now() - stillSince >= SETTLE_MS;
    if (tracked.every((one) => isDone(one, settled))) return true;
    if (options.signal?.aborted || Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Resolves once the pipeline has stayed settled for SETTLE_MS: nothing running, every event source caught up. */
export async function untilSettled(pipeline: LocalPipeline): Promise<void> {
  for (let stillSince = Date.now(); Date.now() - stillSince < SETTLE_MS; ) {
    if (!pipeline.settled()) stillSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function statusLine(tracked: Tracked): string {
  const { report, upload } = tracked;
  const errors = report?.findings.filter((finding) => finding.severity === 'error').length ?? 0;
  const found = report?.findings.length ?? 0;
  const detail = report?.status === 'PARSED' ? '' : ` (${count(errors, 'error')}, ${count(found - errors, 'warning')})`;
  const mail = mailText(tracked);
  const where = `${upload.district.id}/${upload.agencyId}/${upload.fileName}`;
  return `  ${shownStatus(tracked).padEnd(10)} ${where}${detail}${mail ? ` → ${mail}` : ''}`;
}

/** Stream DLQ subjects are the item's keys (`REPORT#<id> REPORT`). */
function reportIdIn(subject: string): string | undefined {
  return /^REPORT#(\S+)/.exec(subject)?.[1];
}
