import type { RuleId } from '../functions/shared/model/finding.js';
import type { Table3, Table4 } from '../functions/shared/model/report.js';
import { AMOUNT_COLUMNS, SIGNED_COLUMNS, type TemplateVersion } from '../functions/shared/model/template.js';
import { expectedRules, type InjectableError, INJECTABLE_ERRORS, injectErrors } from './synthetic-errors.js';
import { blankMarker, renderTable, TEXT_LAYOUTS, type TextLayout } from './synthetic-layouts.js';
import { generateTables, type SyntheticTable2, table3RowsOf } from './synthetic-numbers.js';
import { createRandom, type Random } from './synthetic-random.js';
import { type FormatCell, table2Rows, table3Rows, table4Rows } from './synthetic-rows.js';
import { closingParagraph, overviewParagraph, syntheticAgency } from './synthetic-prose.js';

export { INJECTABLE_ERRORS, type InjectableError } from './synthetic-errors.js';
export { TEXT_LAYOUTS, type TextLayout } from './synthetic-layouts.js';

export interface SyntheticOptions {
  seed: number;
  /** Default: picked by the seed. */
  layout?: TextLayout;
  template?: TemplateVersion;
  /** Known errors to inject; default none. */
  errors?: readonly InjectableError[];
}

/** A fictional report as text, with the numbers it prints and the rule ids a careful checker must report. */
export interface SyntheticReport {
  name: string;
  text: string;
  layout: TextLayout;
  template: TemplateVersion;
  year: number;
  agency: string;
  errors: readonly InjectableError[];
  /** Table 二 as generated (no errors are injected into it). */
  table2: SyntheticTable2;
  /** Table 三 and 四 as printed, errors included; null where the cell is blank. */
  table3: Table3;
  table4: Table4;
  /** Sorted, unique. Table 二 and prose-only rules other than N-RECEIVED are not predicted. */
  expectedRules: RuleId[];
}

/** Same options, same report, byte for byte. */
export function generateReport(options: SyntheticOptions): SyntheticReport {
  const random = createRandom(options.seed);
  const layout = options.layout ?? random.pick(TEXT_LAYOUTS);
  const template = options.template ?? random.pick(['2019', '2021'] as const);
  const year = template === '2019' ? random.int(2019, 2020) : random.int(2021, 2024);
  const agency = syntheticAgency(random);
  const errors = options.errors ?? [];
  const facts = injectErrors(random, generateTables(random, template), errors);
  const format = cellFormatter(random, layout);
  const table = (rows: Parameters<typeof renderTable>[2]): string => renderTable(random, layout, rows);
  const text = [
    agency,
    `${year}年政府信息公开工作年度报告`,
    '一、总体情况',
    overviewParagraph(random, year, facts.statedReceived),
    '二、主动公开政府信息情况',
    table(table2Rows(template, facts.table2, format)),
    '三、收到和处理政府信息公开申请情况',
    table(table3Rows(table3RowsOf(facts.shape), facts.table3, format)),
    '四、政府信息公开行政复议、行政诉讼情况',
    table(table4Rows(facts.table4, format)),
    '五、存在的主要问题及改进情况',
    closingParagraph(random),
    '六、其他需要报告的事项',
    '无。',
  ].join('\n\n');
  const name = `${agency}${year}年报告.${layout === 'markdown' ? 'md' : 'txt'}`;
  const { table2, table3, table4 } = facts;
  const expected = expectedRules(facts);
  return { name, text, layout, template, year, agency, errors, table2, table3, table4, expectedRules: expected };
}

/** `count` reports over every layout and both templates; about `errorRate` of them carry one to three errors. */
export function generateCorpus(count: number, seed: number, errorRate = 0.3): SyntheticReport[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const errors = random.chance(errorRate) ? random.sample(INJECTABLE_ERRORS, random.int(1, 3)) : [];
    return generateReport({ seed: random.int(0, 2 ** 31), layout: TEXT_LAYOUTS[index % TEXT_LAYOUTS.length], errors });
  });
}

/** Numbers as agencies print them: mostly plain, sometimes full-width or with thousands separators. */
function cellFormatter(random: Random, layout: TextLayout): FormatCell {
  const fullWidth = random.chance(0.1);
  const separators = random.chance(0.3);
  return (value, column) => {
    if (value === null) return blankMarker(random, layout);
    let text = column && AMOUNT_COLUMNS.includes(column) ? value.toFixed(4) : String(value);
    if (column && SIGNED_COLUMNS.includes(column) && value > 0 && random.chance(0.5)) text = `+${text}`;
    if (separators && Number.isInteger(value) && value >= 1000) text = value.toLocaleString('en-US');
    return fullWidth ? text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)) : text;
  };
}
