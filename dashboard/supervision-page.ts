import type { DistrictConfig } from '../functions/shared/model/district.js';
import { AGENCY_KIND_LABELS } from './agency-kind.js';
import { agencyHref, type Html, html, query, reportHref } from './html.js';
import { page } from './layout.js';
import { JUMP_RULE, jumpText } from './jumps.js';
import { emailDate, statusBadge } from './status.js';
import type { SupervisionRow } from './supervision.js';

/** The supervision list (督导清单) of a district's year: who still has errors to fix, who has not uploaded. */
export function supervisionPage(district: DistrictConfig, year: number, rows: SupervisionRow[]): Html {
  const open = rows.filter((row) => row.errors > 0).length;
  const missing = rows.filter((row) => !row.report).length;
  const jumps = rows.filter((row) => row.jumps.length > 0).length;
  const csv = `/supervision.csv${query({ district: district.id, year })}`;
  return page(
    `${district.name} ${year} 督导清单`,
    html`<h1>${district.name} ${year}年度 督导清单</h1>
<p>共 ${rows.length} 个机构：${open} 个有待更正的错误，${missing} 个未提交，${jumps} 个有异常变化（${JUMP_RULE}，仅供本办参考，不发送给机构）。
<a href="${csv}">下载 CSV</a> · <a href="/rollup${query({ district: district.id, year })}">区级汇总</a></p>
<table class="supervision"><tr><th>序号</th><th>机构</th><th>类别</th><th>状态</th><th>错误</th><th>提示</th><th>已核实无误</th><th>异常变化</th><th>邮件发出</th><th></th></tr>
${rows.map(
  (row, index) => html`<tr class="${row.report ? '' : 'missing'}"><td class="num">${index + 1}</td>
<td>${row.report ? html`<a href="${reportHref(district.id, row.report.id)}">${row.name}</a>` : row.name}${
    row.unreadable ? html`<br><a class="muted" href="${reportHref(district.id, row.unreadable.id)}">最近一次上传无法读取</a>` : ''
  }</td>
<td>${AGENCY_KIND_LABELS[row.kind]}</td><td>${statusBadge(row.report)}</td>
<td class="num${row.errors > 0 ? ' error' : ''}">${row.report ? row.errors : '—'}</td><td class="num${row.warnings > 0 ? ' warning' : ''}">${row.report ? row.warnings : '—'}</td><td class="num">${row.report ? row.marked : '—'}</td>
<td${row.jumps.length > 0 ? html` class="jump"` : ''}>${row.jumps.map((jump) => html`${jumpText(jump)}<br>`)}</td>
<td>${emailDate(row.report)}</td><td><a href="${agencyHref(district.id, row.agencyId)}">历年趋势</a></td></tr>`,
)}</table>`,
  );
}
