import { describe, expect, it } from 'vitest';
import { finding } from '../../functions/shared/model/finding.js';
import { groupShapes } from '../../functions/parse/template/shape-groups.js';
import { missingRowFinding, type RowTarget, shapeFinding } from '../../functions/parse/template/values.js';

const columns = ['a', 'b', 'c'].map((key) => ({ key, label: key, kind: 'count' as const }));
const target = (row: string, rowLabel: string): RowTarget => ({ table: '三', row, rowLabel, columns });

describe('groupShapes', () => {
  it('makes one finding per cause (too many numbers, too few), in the place of its first row, and passes others through', () => {
    const blank = finding('S-BLANK', { table: '二', message: '空白' });
    const findings = groupShapes([
      shapeFinding(target('x', '甲'), 5, { page: 3, line: 7 }),
      blank,
      shapeFinding(target('y', '乙'), 5, { page: 3, line: 8 }),
      shapeFinding(target('z', '丙'), 2, { page: 4, line: 1 }),
      shapeFinding(target('w', '丁'), 4, { page: 4, line: 2 }),
    ]);
    expect(findings).toEqual([
      {
        rule: 'S-SHAPE',
        severity: 'error',
        table: '三',
        rows: ['x', 'y', 'w'],
        rowLabel: '「甲」、「乙」、「丁」',
        expected: 3,
        actual: 5,
        message: '表三：第 3 页起，共 3 行读到 4 至 5 个数，模板每行应有 3 个（「甲」、「乙」、「丁」）；请按模板逐格填写，这些行未予采用',
        at: { page: 3, line: 7 },
      },
      blank,
      shapeFinding(target('z', '丙'), 2, { page: 4, line: 1 }),
    ]);
  });

  it('names the first and last of many rows, and groups missing rows apart from rows read with no number', () => {
    const labels = ['一', '二', '三', '四', '五'];
    const findings = groupShapes([
      ...labels.map((label, i) => shapeFinding(target(`r${i}`, label), 0, { table: 1, row: i + 2 })),
      ...labels.map((label, i) => missingRowFinding(target(`m${i}`, `缺${label}`))),
    ]);
    expect(findings.map((f) => [f.rows, f.rowLabel, f.message])).toEqual([
      [
        ['r0', 'r1', 'r2', 'r3', 'r4'],
        '「一」至「五」等 5 行',
        '表三：原文第 2 个表格第 3 行起，共 5 行没有读到数字，模板每行应有 3 个数（「一」至「五」等 5 行）；请按模板逐格填写',
      ],
      [['m0', 'm1', 'm2', 'm3', 'm4'], '「缺一」至「缺五」等 5 行', '表三缺少 5 行（「缺一」至「缺五」等 5 行）；请按模板补全这些行'],
    ]);
  });

  it('keeps a cause of one row as it was read, with its row', () => {
    const one = shapeFinding(target('x', '甲'), 2, { line: 9 });
    expect(groupShapes([one])).toEqual([one]);
    expect(one).toMatchObject({ row: 'x', rowLabel: '甲', expected: 3, actual: 2, message: expect.stringContaining('表三「甲」行（原文第 9 行）读到 2 个数') });
  });
});
