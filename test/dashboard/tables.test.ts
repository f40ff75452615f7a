import { describe, expect, it } from 'vitest';
import { reportPage } from '../../dashboard/report-page.js';
import { table3View } from '../../dashboard/tables.js';
import { type Finding, finding } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { district, readReport, stored as storedReport } from './fixtures.js';

const storedOf = (report: ReadReport, findings: Finding[]) => storedReport('r', 'tianqiao', report, findings);

describe('table3View', () => {
  it('marks every row a grouped S-SHAPE finding names, and no other', () => {
    const { granted: _granted, partial: _partial, ...table3 } = readReport('天桥', 2020, 1).table3 ?? {};
    const shape = finding('S-SHAPE', {
      table: '三',
      rows: ['granted', 'partial'],
      rowLabel: '「（一）予以公开」、「（二）部分公开」',
      expected: 7,
      actual: 12,
      message: '表三：原文第 66 行起，共 2 行各读到 12 个数',
      at: { line: 66 },
    });
    const view = table3View({ ...readReport('天桥', 2020, 1), table3 }, [shape]).value;
    const rowOf = (label: string) => view.split('<tr>').find((row) => row.startsWith(`<th>${label}</th>`)) ?? '';
    for (const label of ['（一）予以公开', '（二）部分公开']) {
      expect(rowOf(label).match(/class="num error"/g)).toHaveLength(7);
    }
    expect(rowOf('（七）总计')).not.toContain('error');
  });
});

describe('suggested corrections on the report page', () => {
  const report = readReport('天桥', 2020, 1);
  // The fixture's rows share one object: give （七）总计 its own, with a wrong total.
  if (report.table3?.handledTotal) report.table3.handledTotal = { ...report.table3.handledTotal, total: 5 };
  const rowTotal = finding('T3-ROW-TOTAL', { table: '三', row: 'handledTotal', column: 'total', expected: 6, actual: 5, message: '…' });
  const fix = (row: string, column: string, unique: boolean) => ({
    table: '三' as const,
    changes: [{ row, column, actual: 5, proposed: 6 }],
    explains: ['T3-ROW-TOTAL' as const],
    unique,
  });
  const marked = (html: string) => html.match(/<td class="[^"]*suggestion"[^>]*>.*?<\/td>/g) ?? [];

  it('marks the cell of a unique suggestion with its value, and shows the email wording', () => {
    const withFix = { ...storedOf(report, [rowTotal]), suggestions: [fix('handledTotal', 'total', true)] };
    expect(marked(table3View(report, [rowTotal], withFix.suggestions).value)).toEqual([
      '<td class="num error suggestion" title="T3-ROW-TOTAL: …">5<span class="expected">应为 6</span><span class="suggested">建议改为 6</span></td>',
    ]);
    const body = reportPage({ item: { district, report: withFix }, history: [], followUps: [] }).value;
    expect(body).toContain('<h2>修改建议（仅供参考，报告中的数字未作改动）</h2>');
    expect(body).toMatch(/<li>最可能的修改：表三（七）[^<]*总计列 5 → 6（可消除以上错误）<\/li>/);
  });

  it('marks each cell of equally likely suggestions as one option, and nothing without suggestions', () => {
    const cells = marked(table3View(report, [rowTotal], [fix('handledTotal', 'total', false), fix('handledTotal', 'natural', false)]).value);
    expect(cells).toHaveLength(2);
    expect(cells.every((c) => c.includes('或可改为 6'))).toBe(true);
    expect(marked(table3View(report, [rowTotal]).value)).toEqual([]);
    expect(reportPage({ item: { district, report: storedOf(report, [rowTotal]) }, history: [], followUps: [] }).value).not.toContain('修改建议');
  });
});
