/**
 * The two State Council templates as keys and labels: the one vocabulary the reader, the rules,
 * the emails and the CLI share. Row and column keys are the ones findings and the CLI's JSON name cells by.
 */

export const TEMPLATE_VERSIONS = ['2019', '2021'] as const;
export type TemplateVersion = (typeof TEMPLATE_VERSIONS)[number];

/** The tables a report holds, by their section number. */
export const TABLE_IDS = ['二', '三', '四'] as const;
export type TableId = (typeof TABLE_IDS)[number];

// ── Table 三 ─────────────────────────────────────────────────────────────────

export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'] as const;
export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

export const TABLE3_COLUMN_LABELS: Record<Table3Column, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

/** Result rows shared by both templates, in template order, before （六）. */
const RESULT_ROWS_BEFORE_OTHER = [
  'granted',
  'partial',
  'denied.1',
  'denied.2',
  'denied.3',
  'denied.4',
  'denied.5',
  'denied.6',
  'denied.7',
  'denied.8',
  'unable.1',
  'unable.2',
  'unable.3',
  'notHandled.1',
  'notHandled.2',
  'notHandled.3',
  'notHandled.4',
  'notHandled.5',
] as const;

/** （六）其他处理 as one row (2019 template, and some 2021 reports) or as three sub-rows (2021 template). */
export const OTHER_HANDLING_SINGLE = ['otherHandling'] as const;
export const OTHER_HANDLING_SPLIT = ['otherHandling.1', 'otherHandling.2', 'otherHandling.3'] as const;

export const TABLE3_ROWS = [
  'received',
  'carriedIn',
  ...RESULT_ROWS_BEFORE_OTHER,
  ...OTHER_HANDLING_SINGLE,
  ...OTHER_HANDLING_SPLIT,
  'handledTotal',
  'carriedOut',
] as const;
export type Table3Row = (typeof TABLE3_ROWS)[number];

/** The rows （七）总计 sums, for each shape of （六）. */
export const RESULT_ROWS = {
  single: [...RESULT_ROWS_BEFORE_OTHER, ...OTHER_HANDLING_SINGLE],
  split: [...RESULT_ROWS_BEFORE_OTHER, ...OTHER_HANDLING_SPLIT],
} as const satisfies Record<string, readonly Table3Row[]>;

export const TABLE3_ROW_LABELS: Record<Table3Row, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedIn: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partial: '（二）部分公开',
  'denied.1': '（三）不予公开 1.属于国家秘密',
  'denied.2': '（三）不予公开 2.其他法律行政法规禁止公开',
  'denied.3': '（三）不予公开 3.危及“三安全一稳定”',
  'denied.4': '（三）不予公开 4.保护第三方合法权益',
  'denied.5': '（三）不予公开 5.属于三类内部事务信息',
  'denied.6': '（三）不予公开 6.属于四类过程性信息',
  'denied.7': '（三）不予公开 7.属于行政执法案卷',
  'denied.8': '（三）不予公开 8.属于行政查询事项',
  'unable.1': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unable.2': '（四）无法提供 2.没有现成信息需要另行制作',
  'unable.3': '（四）无法提供 3.补正后申请内容仍不明确',
  'notHandled.1': '（五）不予处理 1.信访举报投诉类申请',
  'notHandled.2': '（五）不予处理 2.重复申请',
  'notHandled.3': '（五）不予处理 3.要求提供公开出版物',
  'notHandled.4': '（五）不予处理 4.无正当理由大量反复申请',
  'notHandled.5': '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  'otherHandling.1': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.2': '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.3': '（六）其他处理 3.其他',
  handledTotal: '（七）总计',
  carriedOut: '四、结转下年度继续办理',
};

// ── Table 四 ─────────────────────────────────────────────────────────────────

export const TABLE4_GROUPS = ['review', 'suitDirect', 'suitAfterReview'] as const;
export type Table4Group = (typeof TABLE4_GROUPS)[number];
export const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type Table4Column = (typeof TABLE4_COLUMNS)[number];

export const TABLE4_GROUP_LABELS: Record<Table4Group, string> = {
  review: '行政复议',
  suitDirect: '行政诉讼·未经复议直接起诉',
  suitAfterReview: '行政诉讼·复议后起诉',
};
export const TABLE4_COLUMN_LABELS: Record<Table4Column, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// ── Table 二 ─────────────────────────────────────────────────────────────────
// The spec names no keys for Table 二; these are ours. Columns differ by template.

export const TABLE2_ROWS = [
  'regulations',
  'normativeDocuments',
  'licensing',
  'otherServices',
  'punishment',
  'enforcement',
  'fees',
  'procurement',
] as const;
export type Table2Row = (typeof TABLE2_ROWS)[number];

export const TABLE2_COLUMNS = [
  // 2019 template
  'newlyMade',
  'newlyPublished',
  'totalPublished',
  'previousCount',
  'change',
  'decisions',
  'purchaseCount',
  'purchaseAmount',
  // 2021 template (decisions is shared)
  'issued',
  'repealed',
  'inForce',
  'feeAmount',
] as const;
export type Table2Column = (typeof TABLE2_COLUMNS)[number];

/** Which rows each template has and the columns of each, in template order. */
export const TABLE2_LAYOUT: Record<TemplateVersion, Partial<Record<Table2Row, readonly Table2Column[]>>> = {
  '2019': {
    regulations: ['newlyMade', 'newlyPublished', 'totalPublished'],
    normativeDocuments: ['newlyMade', 'newlyPublished', 'totalPublished'],
    licensing: ['previousCount', 'change', 'decisions'],
    otherServices: ['previousCount', 'change', 'decisions'],
    punishment: ['previousCount', 'change', 'decisions'],
    enforcement: ['previousCount', 'change', 'decisions'],
    fees: ['previousCount', 'change'],
    procurement: ['purchaseCount', 'purchaseAmount'],
  },
  '2021': {
    regulations: ['issued', 'repealed', 'inForce'],
    normativeDocuments: ['issued', 'repealed', 'inForce'],
    licensing: ['decisions'],
    punishment: ['decisions'],
    enforcement: ['decisions'],
    fees: ['feeAmount'],
  },
};

export const TABLE2_ROW_LABELS: Record<Table2Row, string> = {
  regulations: '规章',
  normativeDocuments: '规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  punishment: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};
export const TABLE2_COLUMN_LABELS: Record<Table2Column, string> = {
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousCount: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  purchaseCount: '采购项目数量',
  purchaseAmount: '采购总金额（万元）',
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  feeAmount: '本年收费金额（万元）',
};

/** Columns whose values may be signed (本年增/减) or fractional (amounts); every other cell is a count. */
export const SIGNED_COLUMNS: readonly Table2Column[] = ['change'];
export const AMOUNT_COLUMNS: readonly Table2Column[] = ['purchaseAmount', 'feeAmount'];

/** The six sections of every report, by their number. */
export const SECTION_IDS = ['一', '二', '三', '四', '五', '六'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
