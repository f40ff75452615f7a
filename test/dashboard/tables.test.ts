import { describe, expect, it } from 'vitest';
import { table3View } from '../../dashboard/tables.js';
import { finding } from '../../functions/shared/finding.js';
import { readReport } from './fixtures.js';

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
