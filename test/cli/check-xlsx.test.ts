import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/check.js';
import type { CheckedReport } from '../../cli/check-files.js';
import { checkRollUp } from '../../cli/check-rollup.js';
import { UsageError } from '../../cli/usage-error.js';
import { type ExampleReport, reportBlocks } from '../../examples/report-model.js';
import { renderText } from '../../examples/render.js';
import { finding } from '../../functions/shared/model/finding.js';

const NO_APPEALS: ExampleReport['table4'] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
const dir = mkdtempSync(join(tmpdir(), 'nianbao-xlsx-'));

/** A 2021-template report in tab-separated text, written to the test's folder. */
function report(name: string, agency: string, received: number, extra: Partial<ExampleReport> = {}): string {
  const path = join(dir, name);
  const model: ExampleReport = { agency, year: 2021, template: '2021', columns: [{ received, granted: received }], table4: NO_APPEALS, ...extra };
  writeFileSync(path, renderText(reportBlocks(model), 'tab'));
  return path;
}

async function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr'] as const) {
    vi.spyOn(process[stream], 'write').mockImplementation((chunk) => {
      out[stream] += String(chunk);
      return true;
    });
  }
  return { code: await run(args), ...out };
}

afterEach(() => vi.restoreAllMocks());

describe('check --xlsx', () => {
  it('writes the roll-up of the latest year, the last file of an agency counting, and leaves stdout as without it', async () => {
    const files = [
      report('tianqiao.txt', '西城区人民政府天桥街道办事处', 4),
      report('shichahai-draft.txt', '北京市西城区什刹海街道', 100),
      report('shichahai.txt', '什刹海街道', 7),
      report('qxy.txt', '北京市西城区全响应服务中心', 3, { totalOff: 1 }),
      report('tianqiao-2020.txt', '西城区人民政府天桥街道办事处', 9, { year: 2020, template: '2019' }),
    ];
    const poem = join(dir, 'poem.txt');
    writeFileSync(poem, '静夜思\n床前明月光，疑是地上霜。\n');
    const out = join(dir, 'rollup.xlsx');
    const plain = await check(['--json', ...files, poem]);
    const withXlsx = await check(['--json', ...files, poem, '--xlsx', out]);
    expect(withXlsx.stdout).toBe(plain.stdout);
    expect(withXlsx.code).toBe(plain.code);
    expect(withXlsx.stderr).toBe(`${plain.stderr}nianbao: --xlsx ${out}: the 2021 roll-up, 2 counted and 4 left out\n`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['汇总', '未纳入汇总', '什刹海街道', '西城区人民政府天桥街道办事处', '北京市西城区全响应服务中心']);
    const summary = workbook.getWorksheet('汇总');
    expect(summary?.getCell(7, 1).value).toBe('一、本年新收政府信息公开申请数量');
    expect(summary?.getCell(7, 2).value).toBe(4 + 7); // 自然人: 天桥 4 and 什刹海's later file 7, not its draft's 100
    expect(summary?.getCell(7, 8).value).toBe(11);
    const reasons = workbook.getWorksheet('未纳入汇总')?.getColumn(3).values.slice(4);
    expect(reasons).toEqual([
      '表三/表四有 2 处错误',
      '2020年度的报告，本表汇总2021年度',
      expect.stringMatching(/^无法读取：/),
      `以同一机构其后给出的 ${files[2]} 为准`,
    ]);
  });

  it('writes nothing when no file has a year to roll up', async () => {
    const unreadable = finding('S-FORMAT', { message: '不是年度报告' });
    const rejected: CheckedReport = { file: 'poem.txt', status: 'rejected', agency: null, year: null, template: null, findings: [unreadable], skipped: [] };
    expect(await checkRollUp([rejected], [{ status: 'rejected', findings: [unreadable] }])).toBeUndefined();
  });

  it('is bad usage when the workbook cannot be written', async () => {
    const args = [report('one.txt', '什刹海街道', 1), '--xlsx', join(dir, 'no-such-folder', 'out.xlsx')];
    await expect(check(args)).rejects.toThrow(new UsageError(`--xlsx ${args[2]}: cannot write it (ENOENT)`));
  });
});
