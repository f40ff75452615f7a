import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../functions/parse/read-report.js';
import { rowsOf } from '../../functions/shared/model/finding.js';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type TemplateVersion } from '../../functions/shared/model/template.js';
import { table3Order } from '../../functions/parse/template/table3.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';

async function readSeed(prefix: string): Promise<ReadReport> {
  const path = seedPath(prefix);
  const result = await readReport({ name: basename(path), bytes: readFileSync(path) });
  if (result.status !== 'parsed') throw new Error(`seed ${prefix} rejected: ${result.findings[0].message}`);
  return result.report;
}

type Rows = Record<string, readonly number[]>;

/** A whole Table 三: every template row, zeros except the rows given. */
function table3(template: TemplateVersion, rows: Rows) {
  return Object.fromEntries(
    table3Order(template === '2021' ? 'split' : 'single').map((row) => [
      row,
      Object.fromEntries(TABLE3_COLUMNS.map((column, i) => [column, rows[row]?.[i] ?? 0])),
    ]),
  );
}

function table4(groups: Rows) {
  return Object.fromEntries(
    TABLE4_GROUPS.map((group) => [group, Object.fromEntries(TABLE4_COLUMNS.map((c, i) => [c, groups[group]?.[i] ?? 0]))]),
  );
}

const STRUCTURAL_ERRORS = ['S-SHAPE', 'S-VALUE', 'S-TEMPLATE', 'S-TABLE-MISSING', 'S-FORMAT'];

const GOOD_SEEDS = [
  {
    seed: '000',
    agency: '西城区人民政府天桥街道办事处',
    year: 2020,
    template: '2019',
    table3: { received: [1, 0, 0, 0, 0, 0, 1], handledTotal: [1, 0, 0, 0, 0, 0, 0] },
    table4: {},
  },
  {
    seed: '001',
    agency: '北京市西城区什刹海街道',
    year: 2024,
    template: '2021',
    table3: {
      received: [9, 0, 0, 0, 0, 0, 9],
      granted: [3, 0, 0, 0, 0, 0, 3],
      partial: [1, 0, 0, 0, 0, 0, 1],
      'denied.7': [2, 0, 0, 0, 0, 0, 2],
      'unable.1': [2, 0, 0, 0, 0, 0, 2],
      handledTotal: [8, 0, 0, 0, 0, 0, 8],
      carriedOut: [1, 0, 0, 0, 0, 0, 1],
    },
    table4: {},
  },
  {
    seed: '002',
    agency: '北京市西城区全响应服务中心',
    year: 2019,
    template: '2019',
    table3: {
      received: [4, 0, 0, 0, 0, 0, 4],
      granted: [3, 0, 0, 0, 0, 0, 3],
      'unable.1': [1, 0, 0, 0, 0, 0, 1],
      handledTotal: [4, 0, 0, 0, 0, 0, 4],
    },
    table4: { review: [0, 0, 0, 1, 1] },
  },
  {
    seed: '003',
    agency: '东花市街道',
    year: 2020,
    template: '2019',
    table3: {
      received: [5, 0, 0, 0, 0, 0, 5],
      'denied.2': [1, 0, 0, 0, 0, 0, 1],
      'unable.1': [3, 0, 0, 0, 0, 0, 3],
      'notHandled.2': [1, 0, 0, 0, 0, 0, 1],
      handledTotal: [5, 0, 0, 0, 0, 0, 5],
    },
    table4: { review: [1, 0, 0, 0, 1], suitAfterReview: [0, 0, 0, 1, 1] },
  },
] as const;

describe.runIf(SEEDS_RUN)('the seed reports (needs ../shared/seeds)', () => {
  it.each(GOOD_SEEDS)('seed $seed reads to its agency, year, template and every Table 三/四 number', async (seed) => {
    const report = await readSeed(seed.seed);

    expect(report).toMatchObject({ agency: seed.agency, year: seed.year, template: seed.template });
    expect(report.sections).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(report.table3).toEqual(table3(seed.template, seed.table3));
    expect(report.table4).toEqual(table4(seed.table4));
    expect(report.findings.filter((f) => STRUCTURAL_ERRORS.includes(f.rule) || f.severity === 'error')).toEqual([]);
  });

  it('seed 000 reads Table 二 with its signed changes, a 无 as blank and 行政检查/行政确认 as extra rows', async () => {
    const report = await readSeed('000');

    expect(report.table2?.rows.punishment).toEqual({ previousCount: 0, change: 400, decisions: 144 });
    expect(report.table2?.rows.fees).toEqual({ previousCount: 1, change: null });
    expect(report.table2?.rows.procurement).toEqual({ purchaseCount: 85, purchaseAmount: 572.6113 });
    expect(report.table2?.extraRows.map((row) => row.label)).toEqual(['行政检查', '行政确认']);
    expect(report.findings).toMatchObject([{ rule: 'S-BLANK', table: '二', row: 'fees', column: 'change' }]);
  });

  it('seed 000 keeps the narrative with its sections for the prose rules', async () => {
    const report = await readSeed('000');

    const placeholder = report.paragraphs.find((p) => p.text.includes('重点领域公开政府信息数条'));
    expect(placeholder).toMatchObject({ section: '一', at: { line: 14 } });
    expect(report.paragraphs.some((p) => p.text.startsWith('（一）由于2020年执法权下放') && p.section === '五')).toBe(true);
    expect(report.paragraphs.some((p) => /^\d+$/.test(p.text))).toBe(false);
  });

  it('seed 004 gives one S-SHAPE per cause, naming its rows, for Table 三 and 四, and invents no number', async () => {
    const report = await readSeed('004');

    expect(report).toMatchObject({ agency: '西工区王城路街道办事处', year: 2020, template: '2019' });
    const shapes = report.findings
      .filter((f) => f.rule === 'S-SHAPE')
      .map((f) => [f.table, rowsOf(f), f.expected, f.actual, f.at]);
    expect(shapes).toEqual([
      ['三', ['granted', 'partial', 'denied.1'], 7, 0, { line: 66 }],
      ['三', table3Order('single').slice(5), 7, 12, { line: 71 }],
      ['四', [], 15, 25, { line: 95 }],
    ]);
    const [noNumbers, twelve] = report.findings;
    expect(noNumbers?.message).toBe(
      '表三：原文第 66 行起，共 3 行没有读到数字，模板每行应有 7 个数（「（一）予以公开」、「（二）部分公开」、「（三）不予公开 1.属于国家秘密」）；请按模板逐格填写',
    );
    expect(twelve?.message).toBe(
      '表三：原文第 71 行起，共 18 行各读到 12 个数，模板每行应有 7 个（「（三）不予公开 2.其他法律行政法规禁止公开」至「四、结转下年度继续办理」等 18 行）；请按模板逐格填写，这些行未予采用',
    );
    expect(report.findings.filter((f) => f.severity === 'error' && f.rule !== 'S-SHAPE')).toEqual([]);
    expect(Object.keys(report.table3 ?? {})).toEqual(['received', 'carriedIn']);
    expect(report.table4).toEqual({});
  });
});
