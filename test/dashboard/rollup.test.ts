import { describe, expect, it } from 'vitest';
import { rollUpCsv } from '../../dashboard/csv.js';
import { rollUp } from '../../dashboard/rollup.js';
import { finding } from '../../functions/shared/model/finding.js';
import { readReport, stored } from './fixtures.js';

const rowError = finding('T3-ROW-TOTAL', { table: '三', row: 'received', column: 'total', expected: 6, actual: 5, message: '…' });

describe('district roll-up', () => {
  it('sums Table 三 over the latest clean report of each agency', () => {
    const result = rollUp(
      [
        stored('a1', 'tianqiao', readReport('天桥', 2020, 9), [], '2021-01-01T00:00:00.000Z'),
        stored('a2', 'tianqiao', readReport('天桥', 2020, 1), [], '2021-02-01T00:00:00.000Z'),
        stored('b', 'shichahai', readReport('什刹海', 2020, 2)),
      ],
      2020,
    );
    expect(result.included.map((r) => r.id)).toEqual(['b', 'a2']);
    const received = result.table3.find((row) => row.key === 'received');
    expect(received?.cells).toMatchObject({ natural: 3, total: 18 });
    expect(result.table4.review.total).toBe(0);
  });

  it('leaves out reports with Table 三 errors or blank cells, and says why', () => {
    const blank = readReport('全响应', 2020, 1);
    if (blank.table3?.received) blank.table3.received.legal = null;
    const result = rollUp([stored('a', 'tianqiao', readReport('天桥', 2020, 1), [rowError]), stored('c', 'quanxiangying', blank)], 2020);
    expect(result.included).toEqual([]);
    expect(result.excluded.map((e) => e.reason)).toEqual(['表三有空白单元格', '表三/表四有 1 处错误']);
    expect(result.table3.find((row) => row.key === 'received')?.cells.total).toBe(0);
  });

  it('ignores other years and unreadable uploads', () => {
    const result = rollUp([stored('a', 'tianqiao', readReport('天桥', 2019, 1)), stored('r', 'shichahai', undefined)], 2020);
    expect(result.included).toEqual([]);
    expect(result.excluded).toEqual([]);
  });

  it('writes CSV with a BOM, CRLF lines and quoted fields', () => {
    const csv = rollUpCsv('北京市西城区', rollUp([stored('b', 'shichahai', readReport('什刹,海', 2020, 2))], 2020), []);
    expect(csv.startsWith('\uFEFF北京市西城区 2020年度')).toBe(true);
    expect(csv).toContain('\r\n一、本年新收政府信息公开申请数量,2,2,2,2,2,2,12\r\n');
    expect(csv).toContain('"什刹,海"');
  });
});
