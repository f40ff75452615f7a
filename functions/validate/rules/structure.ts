import { finding } from '../../shared/model/finding.js';
import type { TemplateVersion } from '../../shared/model/template.js';
import { sameAgency } from './agency-name.js';
import { NOTHING, type Rule, found } from './rule.js';

/** The template in force for a report year: 2019 for 2019–2020 reports, 2021 from 2021 on. */
export function templateForYear(year: number): TemplateVersion {
  return year >= 2021 ? '2021' : '2019';
}

const TEMPLATE_NAMES: Record<TemplateVersion, string> = {
  '2019': '2019年版模板（国办公开办函〔2019〕60号）',
  '2021': '2021年版模板（国办公开办函〔2021〕30号）',
};

/** S-VERSION-YEAR: the template version fits the report year. */
export const sVersionYear: Rule = {
  id: 'S-VERSION-YEAR',
  tables: [],
  check: ({ report }) => {
    if (report.year === null || report.template === null) return NOTHING; // S-YEAR / S-TEMPLATE say why
    const expected = templateForYear(report.year);
    if (expected === report.template) return NOTHING;
    return found(
      finding('S-VERSION-YEAR', {
        message:
          `本报告为 ${report.year} 年度报告，应使用${TEMPLATE_NAMES[expected]}，` +
          `但表格按${TEMPLATE_NAMES[report.template]}填写，请按正确模板重新制作表格。`,
      }),
    );
  },
};

/** S-AGENCY: the agency in the title is the one the file was uploaded for (its name or an alias). */
export const sAgency: Rule = {
  id: 'S-AGENCY',
  tables: [],
  check: ({ report, expectedAgency }) => {
    if (!expectedAgency || report.agency === null) return NOTHING;
    const titled = report.agency;
    if ([expectedAgency.name, ...expectedAgency.aliases].some((name) => sameAgency(name, titled))) return NOTHING;
    return found(
      finding('S-AGENCY', {
        message:
          `报告标题中的机关为“${titled}”，与上传位置对应的机关“${expectedAgency.name}”不一致，` +
          `请确认是否上传到了正确的位置，或更正报告标题。`,
        ...(report.title === null ? {} : { excerpt: report.title.slice(0, 120) }),
      }),
    );
  },
};
