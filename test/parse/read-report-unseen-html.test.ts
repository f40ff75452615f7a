import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { expectedTable3, expectedTable4, makeReport, type ReportData } from './support/report-data.js';
import { brief } from './template/read-text.js';

/** A web page's Table 三 as the template draws it: three label columns merged by rowspan/colspan, a two-row header. */
function table3Html(data: ReportData, totalFirst: boolean): string {
  const td = (text: string, span = ''): string => `<td${span}><p><span>${text}</span></p></td>`;
  const orgs = ['商业企业', '科研机构', '社会组织', '法律服务机构', '其他'].map((h) => td(h)).join('');
  const header = [
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    totalFirst
      ? `<tr>${td('总计', ' rowspan="2"')}${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}</tr>`
      : `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${orgs}</tr>`,
  ];
  const results = data.table3.filter((r) => !['received', 'carriedIn', 'carriedOut'].includes(r.row)).length;
  const seen = new Set<string>();
  const rows = data.table3.map(({ row, parent, label, cells }) => {
    const values = cells.map((cell) => td(cell)).join('');
    if (['received', 'carriedIn', 'carriedOut'].includes(row)) return `<tr>${td(label, ' colspan="3"')}${values}</tr>`;
    const first = row === 'granted' ? td('三、本年度办理结果', ` rowspan="${results}"`) : '';
    if (!parent) return `<tr>${first}${td(label, ' colspan="2"')}${values}</tr>`;
    const size = data.table3.filter((r) => r.parent === parent).length;
    const head = seen.has(parent) ? '' : td(parent, ` rowspan="${size}"`);
    seen.add(parent);
    return `<tr>${head}${td(label)}${values}</tr>`;
  });
  return `<table border="1">${[...header, ...rows].join('\n')}</table>`;
}

function pageOf(data: ReportData, totalFirst = false): string {
  const table2 = data.table2.map(([label, cells]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => `<td>${h}</td>`).join('');
  return [
    `<html><head><meta charset="utf-8"></head><body><h1>${data.agency}${data.year}年政府信息公开工作年度报告</h1>`,
    '<p>一、总体情况</p><p>本机关认真贯彻落实条例。</p><p>二、主动公开政府信息情况</p>',
    `<table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>${table2.join('')}</table>`,
    '<p>三、收到和处理政府信息公开申请情况</p>',
    table3Html(data, totalFirst),
    '<p>四、政府信息公开行政复议、行政诉讼情况</p>',
    `<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>`,
    `<tr><td colspan="5"></td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>`,
    `<tr>${heads}${heads}${heads}</tr><tr>${data.table4.map((v) => `<td>${v}</td>`).join('')}</tr></table>`,
    '<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>',
  ].join('\n');
}

async function readHtml(html: string): Promise<ReadReport> {
  const result = await readReport({ name: 'report.html', bytes: new TextEncoder().encode(html) });
  if (result.status !== 'parsed') throw new Error(`rejected: ${result.findings[0].message}`);
  return result.report;
}

describe('an unseen .html report', () => {
  const data = makeReport('2019');

  it.each([false, true])('reads Table 三 under a two-row header (总计 first: %s), 社会组织 for 社会公益组织', async (totalFirst) => {
    const report = await readHtml(pageOf(data, totalFirst));
    expect(report.template).toBe('2019');
    expect(report.table3).toEqual(expectedTable3(data));
    expect(report.table4).toEqual(expectedTable4(data));
    expect(report.findings).toEqual([]);
  });

  it('gives S-BLANK for an empty cell and for each cell of an empty row, never shifting the row', async () => {
    const blanked: ReportData = {
      ...data,
      table3: data.table3.map((r) =>
        r.row === 'partial' ? { ...r, cells: r.cells.map((c, i) => (i === 2 ? '' : c)) } : r.row === 'denied.3' ? { ...r, cells: r.cells.map(() => '') } : r,
      ),
    };
    const report = await readHtml(pageOf(blanked));
    expect(report.table3?.partial).toEqual({ ...expectedTable3(data).partial, research: null });
    expect(report.table3?.['denied.4']).toEqual(expectedTable3(data)['denied.4']);
    expect(brief(report.findings)).toEqual([
      { rule: 'S-BLANK', table: '三', row: 'partial', column: 'research' },
      ...['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((column) => ({
        rule: 'S-BLANK',
        table: '三',
        row: 'denied.3',
        column,
      })),
    ]);
  });

  it('reads a Table 四 printed with all fifteen cells blank as fifteen S-BLANK, not a missing table', async () => {
    const report = await readHtml(pageOf({ ...data, table4: data.table4.map(() => '&nbsp;') }));
    expect(report.table4?.review).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
    const table4 = brief(report.findings).filter((f) => f.table === '四');
    expect(table4).toHaveLength(15);
    expect(new Set(table4.map((f) => f.rule))).toEqual(new Set(['S-BLANK']));
  });
});
