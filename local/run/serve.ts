import type { Dashboard } from '../../dashboard/server.js';
import { startDashboard } from '../../dashboard/server.js';
import type { DistrictConfig } from '../../functions/shared/model/district.js';
import type { StoredReport } from '../../functions/shared/model/stored-report.js';
import { renderAgencyEmail } from '../../functions/notify/render/agency-email.js';
import type { LocalPipeline } from '../pipeline.js';

/** The email a report was sent, rebuilt by the notify stage's own (pure) renderers. */
function sentEmail(report: StoredReport, district: DistrictConfig) {
  return report.notifiedTo?.length ? renderAgencyEmail(report, district) : undefined;
}

/** `--serve`: the dashboard over every district's emulated table, through the stores the Lambdas use. */
export async function serveDashboard(pipeline: LocalPipeline, districts: DistrictConfig[]): Promise<Dashboard> {
  const sources = await Promise.all(
    districts.map(async (district) => ({ district, store: (await pipeline.stackFor(district)).store })),
  );
  return startDashboard({ sources, renderEmail: sentEmail, port: Number(process.env.NIANBAO_DASHBOARD_PORT ?? 8787) });
}
