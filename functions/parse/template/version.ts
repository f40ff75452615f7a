import type { TemplateVersion } from '../../shared/model/template.js';
import type { OtherShape } from './table3.js';

/**
 * The template version. Table 二's column headers decide (本年新制作数量… is 2019, 本年制发件数… is 2021);
 * (九) 政府集中采购 and the fees amount column back them up; （六）'s labelled shape is the last resort.
 */

const SIGNALS: readonly { pattern: RegExp; version: TemplateVersion; weight: number }[] = [
  { pattern: /本年新制作|本年新公开|对外公开总数?量|上一年项目数量/, version: '2019', weight: 2 },
  { pattern: /本年制发件数|本年废止件数|现行有效件数/, version: '2021', weight: 2 },
  { pattern: /政府集中采购|采购项目数量|第二十条第[（(]九[)）]项/, version: '2019', weight: 1 },
  { pattern: /本年收费金额/, version: '2021', weight: 1 },
];

export function detectTemplate(table2Text: string, labelledShape: OtherShape | null): TemplateVersion | null {
  const score = { '2019': 0, '2021': 0 };
  for (const signal of SIGNALS) if (signal.pattern.test(table2Text)) score[signal.version] += signal.weight;
  if (score['2019'] > score['2021']) return '2019';
  if (score['2021'] > score['2019']) return '2021';
  if (labelledShape === 'split') return '2021';
  if (labelledShape === 'single') return '2019';
  return null;
}
