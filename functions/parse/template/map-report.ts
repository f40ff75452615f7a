import { finding } from '../../shared/model/finding.js';
import type { Paragraph, ReadReport } from '../../shared/model/report.js';
import { SECTION_IDS } from '../../shared/model/template.js';
import type { DocRow, DocumentRows } from '../document.js';
import { readMeta } from './meta.js';
import { multipleReports } from './multiple.js';
import { findRegions, type Region } from './regions.js';
import { findSections, SECTION_TITLES, sectionAt } from './sections.js';
import { groupShapes } from './shape-groups.js';
import { toSegments } from './segments.js';
import { labelledShape, readTable3 } from './table3.js';
import { readTable2 } from './table2.js';
import { walkBest } from './table3-reflow.js';
import { readTable4 } from './table4.js';
import type { ReadSink } from './values.js';
import { detectTemplate } from './version.js';

/**
 * The one mapping step every format shares: rows of cells → the report model, with the structural findings.
 * Returns null when the rows hold no report at all: no table of the template and no annual report's title.
 */
export function mapReport(file: string, document: DocumentRows): ReadReport | null {
  const { rows } = document;
  const sections = findSections(rows);
  const regions = findRegions(rows, sections);
  const sink: ReadSink = { findings: [], cells: {} };
  const slice = (region: Region | undefined): DocRow[] => (region ? rows.slice(region.start, region.end) : []);
  const entries3 = walkBest(toSegments(slice(regions.三)));
  const segments2 = toSegments(slice(regions.二));
  const table2Text = slice(regions.二).flatMap((row) => row.cells.map((cell) => cell.text)).join('|');
  const template = detectTemplate(table2Text, labelledShape(entries3));
  const table2 = readTable2(segments2, template, sink);
  const { table3 } = readTable3(entries3, template, sink);
  const table4 = readTable4(slice(regions.四), sink);
  const meta = readMeta(rows, sections[0]?.row ?? rows.length);
  const noTables = !table2 && !table3 && !table4;
  // A file with none of the template's tables is still a report when its title says so (a pre-2019 统计表).
  if (noTables && !(meta.title && ANNUAL_REPORT.test(meta.title) && (meta.agency || meta.year))) return null;

  // Several reports in one file are named, not checked as one (functions/validate/check-report.ts runs no rule).
  const several = multipleReports(rows);
  const structural = several ? [several] : [];
  if (meta.year === null) {
    structural.push(finding('S-YEAR', { message: '未能从报告标题读出报告年度；请在标题中写明年度，如“2024年政府信息公开工作年度报告”' }));
  }
  if (noTables) {
    structural.push(finding('S-TEMPLATE', { message: NO_TEMPLATE_TABLES }));
  } else if (!template) {
    structural.push(finding('S-TEMPLATE', { table: '二', message: '表二的表头与2019年版、2021年版模板都对不上，无法确定所用模板；请使用国务院办公厅规定的模板' }));
  }
  const tables = { 二: table2, 三: table3, 四: table4 };
  for (const id of ['二', '三', '四'] as const) {
    if (!tables[id]) {
      structural.push(finding('S-TABLE-MISSING', { table: id, message: `报告中没有找到表${id}「${SECTION_TITLES[id]}」；请按模板补上该表` }));
    }
  }
  const present = new Set(sections.map((section) => section.id));
  SECTION_IDS.forEach((id) => {
    if (!present.has(id)) {
      structural.push(finding('S-SECTIONS', { message: `报告缺少第${id}部分「${SECTION_TITLES[id]}」（或其标题无法辨认）；请按模板补上` }));
    }
  });
  return {
    file,
    ...meta,
    template: noTables ? null : template,
    sections: SECTION_IDS.filter((id) => present.has(id)),
    paragraphs: paragraphsOf(rows, sections, Object.values(regions)),
    ...(table2 ? { table2 } : {}),
    ...(table3 ? { table3 } : {}),
    ...(table4 ? { table4 } : {}),
    cells: sink.cells,
    findings: [...structural, ...groupShapes(sink.findings)],
  };
}

const ANNUAL_REPORT = /政府信息公开.*(?:年度报告|年报)/;
const NO_TEMPLATE_TABLES =
  '报告中没有国办公开办函〔2019〕60号或〔2021〕30号模板的表格（如用的是2019年以前的“政府信息公开情况统计表”），无法检查；请按现行模板填写表二、表三、表四';

const PROSE = /[，。；：,;:]/;

/** Every line that is not part of a table, with its section: what the narrative rules read. */
function paragraphsOf(rows: readonly DocRow[], sections: ReturnType<typeof findSections>, regions: Region[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  rows.forEach((row, index) => {
    if (row.table !== undefined) return;
    const text = row.cells.map((cell) => cell.text).filter((cell) => cell !== '').join(' ');
    const first = row.cells.find((cell) => cell.text !== '');
    if (!first || !/[\p{L}]/u.test(text)) return;
    const inTable = regions.some((region) => index > region.start && index < region.end);
    if (inTable && !(text.length >= 40 || (text.length >= 15 && PROSE.test(text) && row.cells.length === 1))) return;
    const section = sectionAt(sections, index);
    paragraphs.push({ text, ...(section ? { section } : {}), at: first.at });
  });
  return paragraphs;
}
