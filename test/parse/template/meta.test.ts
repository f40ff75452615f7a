import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../functions/parse/document.js';
import { readMeta } from '../../../functions/parse/template/meta.js';

const rows = (...lines: string[]): DocRow[] => lines.map((text, i) => ({ cells: [{ text, at: { line: i + 1 } }] }));

describe('readMeta', () => {
  it.each([
    [['北京市西城区什刹海街道2024年政府信息公开工作年度报告'], '北京市西城区什刹海街道', 2024],
    [['西城区人民政府天桥街道办事处', '2020年政府信息公开工作年度报告'], '西城区人民政府天桥街道办事处', 2020],
    [['东花市街道2020年政府信息公开', '工作年度报告'], '东花市街道', 2020],
    [['北京市西城区全响应服务中心2019年度政府信息公开工作', '年度报告', '发布时间:2020-12-16'], '北京市西城区全响应服务中心', 2019],
    [['首页 > 政务公开 > 年报', '西工区王城路街道办事处2020年政府信息公开工作年度报告'], '西工区王城路街道办事处', 2020],
    [['2022年度某某市某某区教育局政府信息公开工作年度报告'], '某某市某某区教育局', 2022],
    [['关于某某县人民政府2021年政府信息公开工作年度报告'], '某某县人民政府', 2021],
    [['某某区人民政府办公室关于2021年政府信息公开工作年度报告'], '某某区人民政府办公室', 2021],
    [['二〇二〇年某某镇政府信息公开工作年度报告'], '某某镇', 2020],
    [['某某区财政局二○二三年度政府信息公开工作报告'], '某某区财政局', 2023],
    [['某某区卫生健康委员会', '2021年政府信息公开工作', '年度报告'], '某某区卫生健康委员会', 2021],
  ])('reads %j as agency %s, year %i', (lines, agency, year) => {
    expect(readMeta(rows(...lines), lines.length)).toMatchObject({ agency, year });
  });

  it('takes the year from the title, not from a publication date', () => {
    const meta = readMeta(rows('某某街道政府信息公开工作年度报告', '发布时间：2021-01-15'), 2);
    expect(meta).toEqual({ title: '某某街道政府信息公开工作年度报告', agency: '某某街道', year: null });
  });

  it('finds no title in text without one', () => {
    expect(readMeta(rows('依据《中华人民共和国政府信息公开条例》第五十条，编制本报告。'), 1)).toEqual({ title: null, agency: null, year: null });
  });
});
