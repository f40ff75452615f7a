import { finding } from '../../shared/model/finding.js';
import { sumOrNull } from '../../shared/model/report.js';
import { TABLE4_COLUMN_LABELS, TABLE4_GROUP_LABELS, TABLE4_GROUPS } from '../../shared/model/template.js';
import { NOTHING, type Rule, type RuleOutcome, combine, found, skip } from './rule.js';

/** T4-GROUP-TOTAL: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const t4GroupTotal: Rule = {
  id: 'T4-GROUP-TOTAL',
  tables: ['四'],
  check: ({ report }) =>
    combine(
      TABLE4_GROUPS.map((group): RuleOutcome => {
        const cells = report.table4?.[group];
        if (!cells) return skip('T4-GROUP-TOTAL', `group ${group}: absent`);
        const parts = sumOrNull([cells.upheld, cells.corrected, cells.other, cells.pending]);
        if (parts === null || cells.total === null) return skip('T4-GROUP-TOTAL', `group ${group}: a cell is blank`);
        if (parts === cells.total) return NOTHING;
        const label = TABLE4_GROUP_LABELS[group];
        return found(
          finding('T4-GROUP-TOTAL', {
            table: '四',
            row: group,
            rowLabel: label,
            column: 'total',
            columnLabel: TABLE4_COLUMN_LABELS.total,
            expected: parts,
            actual: cells.total,
            message:
              `${label}：结果维持、结果纠正、其他结果、尚未审结合计 ${parts}，总计填 ${cells.total}，请核对后更正。`,
          }),
        );
      }),
    ),
};
