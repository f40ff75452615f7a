import { REPORT_STATUS_TEXT, shownStatus } from '../functions/shared/model/report-status-text.js';
import { REPORT_STATUSES } from '../functions/shared/model/stored-report.js';
import { type Html, html, reportHref, query } from './html.js';
import { page } from './layout.js';
import { agencyName, counts, type ListedReport } from './sources.js';
import { shownTime, statusBadge } from './status.js';

export interface OverviewFilter {
  district?: string;
  year?: number;
  status?: string;
  q?: string;
}

function matches(item: ListedReport, filter: OverviewFilter): boolean {
  const { district, report } = item;
  if (filter.district && district.id !== filter.district) return false;
  if (filter.year && report.report?.year !== filter.year) return false;
  if (filter.status && shownStatus(report) !== filter.status) return false;
  if (filter.q && !`${agencyName(district, report)} ${report.fileName}`.includes(filter.q)) return false;
  return true;
}

/** Each option's value is what the filter reads, its text what the office reads. */
function options(values: [value: string, text: string][], selected: string | undefined): Html[] {
  return values.map(([value, text]) => html`<option value="${value}" ${value === selected ? 'selected' : ''}>${text}</option>`);
}

function yearLinks(path: string, districts: Map<string, string>, years: string[]): Html[] {
  return [...districts].flatMap(([id, name]) => years.map((y) => html`<a href="${path}${query({ district: id, year: y })}">${name} ${y}年度</a> `));
}

/** Every report of every district, newest first, filtered by query parameters (no script needed). */
export function overviewPage(items: ListedReport[], filter: OverviewFilter): Html {
  const shown = items.filter((item) => matches(item, filter));
  const districts = new Map(items.map((item) => [item.district.id, item.district.name]));
  const years = [...new Set(items.flatMap((item) => (item.report.report?.year ? [String(item.report.report.year)] : [])))].sort();
  return page(
    '报告一览',
    html`<h1>报告一览 <span class="muted">${shown.length} / ${items.length}</span></h1>
<form class="filters" method="get" action="/">
<label>辖区<select name="district"><option value="">全部</option>${options([...districts], filter.district)}</select></label>
<label>年度<select name="year"><option value="">全部</option>${options(years.map((y) => [y, `${y}年度`]), filter.year ? String(filter.year) : undefined)}</select></label>
<label>状态<select name="status"><option value="">全部</option>${options(REPORT_STATUSES.map((s) => [s, REPORT_STATUS_TEXT[s]]), filter.status)}</select></label>
<label>机构或文件<input name="q" value="${filter.q ?? ''}"></label><button>筛选</button></form>
<table class="reports"><tr><th>机构</th><th>辖区</th><th>年度</th><th>文件</th><th>上传时间（北京时间）</th><th>状态</th><th>错误</th><th>提示</th><th>已核实无误</th></tr>
${shown.map(({ district, report, districtMarks }) => {
  const { errors, warnings, marked } = counts(report, districtMarks);
  return html`<tr><td><a href="${reportHref(district.id, report.id)}">${agencyName(district, report)}</a></td>
<td>${district.name}</td><td>${report.report?.year ?? '—'}</td><td>${report.fileName}</td><td>${shownTime(report.uploadedAt)}</td>
<td>${statusBadge(report)}</td><td class="num">${errors}</td><td class="num">${warnings}</td><td class="num">${marked}</td></tr>`;
})}</table>
${years.length > 0 ? html`<p>督导清单：${yearLinks('/supervision', districts, years)}</p><p>区级汇总：${yearLinks('/rollup', districts, years)}</p>` : ''}`,
  );
}
