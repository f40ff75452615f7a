import type { Dashboard } from '../../dashboard/server.js';
import { startDashboard } from '../../dashboard/server.js';
import type { DistrictConfig } from '../../functions/shared/district.js';
import { isUnreadable, type StoredReport } from '../../functions/shared/stored-report.js';
import { renderRejectedEmail } from '../../functions/notify/render/rejected-email.js';
import { renderReportEmail } from '../../functions/notify/render/report-email.js';
import type { LocalPipeline } from '../pipeline.js';

/** The email a report was sent, rebuilt by the notify stage's own (pure) renderers. */
function sentEmail(report: StoredReport, district: DistrictConfig) {
  if (!report.notifiedTo?.length) return undefined;
  return isUnreadable(report)
    ? renderRejectedEmail(report, district)
    : renderReportEmail(report, district);
}

/** `--serve`: the dashboard over every district's emulated table, through the stores the Lambdas use. */
export async function serveDashboard(pipeline: LocalPipeline, districts: DistrictConfig[]): Promise<Dashboard> {
  const sources = await Promise.all(
    districts.map(async (district) => ({ district, store: (await pipeline.stackFor(district)).store })),
  );
  return startDashboard({ sources, renderEmail: sentEmail, port: Number(process.env.NIANBAO_DASHBOARD_PORT ?? 8787) });
}
