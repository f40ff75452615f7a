import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { DistrictConfig } from '../functions/shared/model/district.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';
import { reportStatusSchema } from '../functions/shared/model/stored-report.js';
import { asMailed } from '../functions/shared/model/review-mark.js';
import { type RequestGuard, requestGuard } from './csrf.js';
import { rollUpCsv, supervisionCsv } from './csv.js';
import { districtView } from './district-view.js';
import { type Html, html, query } from './html.js';
import { agencyPage } from './agency-page.js';
import { page } from './layout.js';
import { overviewPage } from './overview-page.js';
import { type RenderedEmail, reportPage } from './report-page.js';
import { rollUp } from './rollup.js';
import { attachment, XLSX_TYPE } from './download.js';
import { rollUpPage } from './rollup-page.js';
import { postReviewMark } from './review-post.js';
import { type DashboardSource, type ListedReport, listReports } from './sources.js';
import { supervisionList } from './supervision.js';
import { supervisionPage } from './supervision-page.js';

export interface DashboardOptions {
  sources: DashboardSource[];
  /** The notify stage's renderer, so the page shows the email exactly as it was built. */
  renderEmail?: (report: StoredReport, district: DistrictConfig) => RenderedEmail | undefined;
  port?: number;
  /** 127.0.0.1 unless told otherwise (cli/dashboard.ts --host). */
  host?: string;
  /** The clock review marks are dated by. */
  now?: () => Date;
}

export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const filterSchema = z.object({
  district: z.preprocess(emptyAsUndefined, z.string().max(40).optional()),
  year: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  status: z.preprocess(emptyAsUndefined, reportStatusSchema.optional()),
  q: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
  /** Set by the redirect after a review mark's POST (review-post.ts). */
  marked: z.enum(['created', 'duplicate']).optional().catch(undefined),
});

/** Report pages frame the email with srcdoc; the policy keeps any script in it (or elsewhere) from running. */
const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer a browser's form POST says Origin: null, which csrf.ts refuses.
  'referrer-policy': 'same-origin',
};

class NotFound extends Error {}

/** The two ids of `/<prefix>/<district id>/<id>`; a malformed escape is a page that does not exist. */
function pathIds(pathname: string, prefix: string): [string, string] | undefined {
  const match = new RegExp(`^/${prefix}/([^/]+)/([^/]+)$`).exec(pathname);
  if (!match) return undefined;
  try {
    return [decodeURIComponent(match[1] ?? ''), decodeURIComponent(match[2] ?? '')];
  } catch {
    throw new NotFound();
  }
}

/** One district's reports out of the listing every page reads once. */
function reportsOf(items: ListedReport[], districtId: string): StoredReport[] {
  return items.filter((i) => i.district.id === districtId).map((i) => i.report);
}

/** The pages of one district and year, each also served as CSV (the roll-up also as a workbook). */
const DISTRICT_YEAR_PAGES = new Set(['/rollup', '/rollup.csv', '/rollup.xlsx', '/supervision', '/supervision.csv']);
const PAGE_TITLES: Record<string, string> = { '/rollup': '区级汇总', '/supervision': '督导清单' };

/** Without a district and year: a link to the page for each pair that has reports. */
function districtYearIndex(items: ListedReport[], pagePath: string): Html {
  const title = PAGE_TITLES[pagePath] ?? '';
  const pairs = [...new Set(items.flatMap((i) => (i.report.report?.year ? [`${i.district.id} ${i.report.report.year}`] : [])))].sort();
  return page(title, html`<h1>${title}</h1><ul>${pairs.map((pair) => {
    const [d, y] = pair.split(' ');
    const name = items.find((i) => i.district.id === d)?.district.name ?? d;
    return html`<li><a href="${pagePath}${query({ district: d, year: y })}">${name} ${y}年度</a></li>`;
  })}</ul>`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

async function route(options: DashboardOptions, url: URL, guard: RequestGuard): Promise<{ type: string; body: string | Uint8Array; headers?: Record<string, string> }> {
  const htmlPage = (body: Html) => ({ type: 'text/html; charset=utf-8', body: body.value });
  const filter = filterSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!filter.success) throw new NotFound();
  const items = await listReports(options.sources);

  if (url.pathname === '/') return htmlPage(overviewPage(items, filter.data));

  const reportPath = pathIds(url.pathname, 'reports');
  if (reportPath) {
    const [districtId, id] = reportPath;
    const item = items.find((i) => i.district.id === districtId && i.report.id === id);
    const source = options.sources.find((s) => s.district.id === districtId);
    if (!item || !source) throw new NotFound();
    const history = items
      .filter((i) => i.district.id === districtId && i.report.agencyId === item.report.agencyId && i.report.id !== id)
      .map((i) => i.report);
    const followUps = await source.store.followUpsOf(id);
    // The email as sent: without the findings marked 已核实无误 before it went out.
    const marks = item.districtMarks ?? [];
    const mailed = asMailed(item.report, marks);
    const email = item.report.status === 'NOTIFIED' ? options.renderEmail?.(mailed, item.district) : undefined;
    const review = { districtId, report: item.report, marks, token: guard.token, notice: filter.data.marked };
    return htmlPage(reportPage({ item, history, followUps, email, review }));
  }

  const agencyPath = pathIds(url.pathname, 'agency');
  if (agencyPath) {
    const [districtId, agencyId] = agencyPath;
    const source = options.sources.find((s) => s.district.id === districtId);
    if (!source) throw new NotFound();
    const view = districtView(source.district, reportsOf(items, districtId));
    if (!view.latest.has(agencyId) && !source.district.agencies.some((a) => a.id === agencyId)) throw new NotFound();
    return htmlPage(agencyPage(view, agencyId));
  }

  if (DISTRICT_YEAR_PAGES.has(url.pathname)) {
    const pagePath = url.pathname.replace(/\.(csv|xlsx)$/, '');
    const { district: districtId, year } = filter.data;
    const source = options.sources.find((s) => s.district.id === districtId);
    if (!source || !year) return htmlPage(districtYearIndex(items, pagePath));
    const reports = reportsOf(items, source.district.id);
    const view = districtView(source.district, reports);
    const supervision = supervisionList(view, year, items.find((i) => i.district.id === source.district.id)?.districtMarks);
    const csv = (body: string) => ({
      type: 'text/csv; charset=utf-8',
      body,
      headers: { 'content-disposition': `attachment; filename="${source.district.id}-${year}${pagePath.replace('/', '-')}.csv"` },
    });
    switch (url.pathname) {
      case '/supervision':
        return htmlPage(supervisionPage(source.district, year, supervision));
      case '/supervision.csv':
        return csv(supervisionCsv(source.district.name, year, supervision));
      case '/rollup':
        return htmlPage(rollUpPage(view, rollUp(reports, year)));
      case '/rollup.xlsx': {
        const { rollUpXlsx } = await import('./rollup-xlsx.js'); // exceljs takes longer to load than all the pages
        const headers = { 'content-disposition': attachment(`${source.district.id}-${year}-rollup.xlsx`, `${source.district.name}${year}年度汇总.xlsx`) };
        return { type: XLSX_TYPE, body: await rollUpXlsx(source.district.name, rollUp(reports, year)), headers };
      }
      default:
        return csv(rollUpCsv(source.district.name, rollUp(reports, year), supervision));
    }
  }
  throw new NotFound();
}

/** Serves the dashboard on localhost; every page is read fresh from the stores. */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const host = options.host ?? '127.0.0.1';
  const failed = (res: ServerResponse) => (error: unknown) => {
    if (error instanceof NotFound) return send(res, 404, 'text/plain; charset=utf-8', '未找到该页面');
    console.error('dashboard: request failed', error);
    send(res, 500, 'text/plain; charset=utf-8', 'Internal error: see the terminal');
  };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const guard = requestGuard(host, port); // it knows the port: requests are answered from here on
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const foreign = guard.foreign(req.headers, req.method);
    if (foreign) return send(res, 403, 'text/plain; charset=utf-8', `Refused: ${foreign}`);
    if (req.method === 'POST') {
      return void postReviewMark(req, options.sources, guard, options.now ?? (() => new Date())).then((out) => {
        if (out.status === 303) return send(res, 303, 'text/plain', '', { location: out.location });
        send(res, out.status, 'text/plain; charset=utf-8', out.message, out.status === 413 ? { connection: 'close' } : {});
      }, failed(res));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    route(options, url, guard).then((out) => send(res, 200, out.type, out.body, out.headers), failed(res));
  });
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
