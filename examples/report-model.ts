// The fictional example reports: one model for both templates, rendered by render.ts in every layout the reader reads.

/** Applicant columns as Table 三 prints them, then 总计. */
const APPLICANTS = 6;

/** Per applicant column: 本年新收, 上年结转, 予以公开, 部分公开, 不掌握, 信访举报投诉类, 结转下年度. */
export interface Column3 {
  received: number;
  carriedIn: number;
  granted: number;
  partial: number;
  notHeld: number;
  complaint: number;
  carriedOver: number;
}

export interface ExampleReport {
  agency: string;
  year: number;
  /** The State Council template: 2019 (report years 2019–2020) or 2021 (from 2021). @default '2019' */
  template?: '2019' | '2021';
  /** Natural persons, then the five kinds of organisation; missing ones are all zero. */
  columns: Partial<Column3>[];
  /** Table 四: review, direct suits, suits after review; each upheld, corrected, other, pending (总计 is added). */
  table4: [number, number, number, number][];
  /** The count the prose states; differs from Table 三 to give N-RECEIVED. */
  statedReceived?: number;
  /** Adds this to one 总计 cell of （一）予以公开, to give a T3 error. */
  totalOff?: number;
  /** Adds this to Table 四's 行政复议 总计, to give a T4 error. */
  reviewTotalOff?: number;
  /** What the agency wrote about its year under 一、总体情况: a report written anew, not last year's prose copied forward. */
  yearInReview?: string;
}

export type Row = string[];

const ZERO: Column3 = { received: 0, carriedIn: 0, granted: 0, partial: 0, notHeld: 0, complaint: 0, carriedOver: 0 };
const WITHHELD = [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
];
const UNABLE = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'];
const NOT_PROCESSED = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'];
/** The 2021 template splits （六）其他处理 into three sub-rows. */
const OTHER_HANDLING_2021 = [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
];

export function receivedTotal(report: ExampleReport): number {
  return columnsOf(report).reduce((sum, column) => sum + column.received, 0);
}

function columnsOf(report: ExampleReport): Column3[] {
  return Array.from({ length: APPLICANTS }, (_, index) => ({ ...ZERO, ...report.columns[index] }));
}

/** Seven printed cells: six applicant columns and their total. */
function cells(report: ExampleReport, pick: (column: Column3) => number, off = 0): string[] {
  const values = columnsOf(report).map(pick);
  return [...values, values.reduce((sum, value) => sum + value, 0) + off].map(String);
}

export function table3Rows(report: ExampleReport): Row[] {
  const none = () => 0;
  const handled = (column: Column3) => column.granted + column.partial + column.notHeld + column.complaint;
  return [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
    ['', '自然人', '法人或其他组织', '总计'],
    ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ['一、本年新收政府信息公开申请数量', ...cells(report, (column) => column.received)],
    ['二、上年结转政府信息公开申请数量', ...cells(report, (column) => column.carriedIn)],
    ['三、本年度办理结果', '（一）予以公开', ...cells(report, (column) => column.granted, report.totalOff)],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...cells(report, (column) => column.partial)],
    ...WITHHELD.map((label, index) => [
      ...(index === 0 ? ['（三）不予公开'] : []),
      `${index + 1}.${label}`,
      ...cells(report, none),
    ]),
    ...UNABLE.map((label, index) => [
      ...(index === 0 ? ['（四）无法提供'] : []),
      `${index + 1}.${label}`,
      ...cells(report, index === 0 ? (column) => column.notHeld : none),
    ]),
    ...NOT_PROCESSED.map((label, index) => [
      ...(index === 0 ? ['（五）不予处理'] : []),
      `${index + 1}.${label}`,
      ...cells(report, index === 0 ? (column) => column.complaint : none),
    ]),
    ...(report.template === '2021'
      ? OTHER_HANDLING_2021.map((label, index) => [
          ...(index === 0 ? ['（六）其他处理'] : []),
          `${index + 1}.${label}`,
          ...cells(report, none),
        ])
      : [['（六）其他处理', ...cells(report, none)]]),
    ['（七）总计', ...cells(report, handled)],
    ['四、结转下年度继续办理', ...cells(report, (column) => column.carriedOver)],
  ];
}

export function table4Rows(report: ExampleReport): Row[] {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    ['行政复议', '行政诉讼'],
    [...results, '未经复议直接起诉', '复议后起诉'],
    [...results, ...results],
    report.table4.flatMap((group, index) => {
      const total = group.reduce((sum, value) => sum + value, 0) + (index === 0 ? (report.reviewTotalOff ?? 0) : 0);
      return [...group, total].map(String);
    }),
  ];
}

/** Table 二 of the 2021 template: 制发/废止/现行有效 documents, then one count per item. */
const TABLE2_2021: Row[] = [
  ['第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '0'],
  ['行政规范性文件', '1', '0', '3'],
  ['第二十条第（五）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政许可', '0'],
  ['第二十条第（六）项'],
  ['信息内容', '本年处理决定数量'],
  ['行政处罚', '126'],
  ['行政强制', '2'],
  ['第二十条第（八）项'],
  ['信息内容', '本年收费金额（单位：万元）'],
  ['行政事业性收费', '0'],
];

export function table2Rows(template: ExampleReport['template'] = '2019'): Row[] {
  if (template === '2021') return TABLE2_2021;
  return [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', '0', '0', '0'],
    ['规范性文件', '0', '0', '2'],
    ['第二十条第（五）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', '0', '0', '0'],
    ['其他对外管理服务事项', '0', '0', '0'],
    ['第二十条第（六）项'],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政处罚', '0', '0', '0'],
    ['行政强制', '0', '0', '0'],
    ['第二十条第（八）项'],
    ['信息内容', '上一年项目数量', '本年增/减'],
    ['行政事业性收费', '0', '0'],
    ['第二十条第（九）项'],
    ['信息内容', '采购项目数量', '采购总金额'],
    ['政府集中采购', '3', '12.5'],
  ];
}

/** The report as blocks: headings and paragraphs (strings) and tables (rows), in reading order. */
export function reportBlocks(report: ExampleReport): (string | Row[])[] {
  const { agency, year } = report;
  const received = report.statedReceived ?? receivedTotal(report);
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年，本单位坚持以公开为常态、不公开为例外，共收到政府信息公开申请${received}件，均在法定期限内答复。`,
    ...(report.yearInReview ? [report.yearInReview] : []),
    '二、主动公开政府信息情况',
    table2Rows(report.template),
    '三、收到和处理政府信息公开申请情况',
    table3Rows(report),
    '四、政府信息公开行政复议、行政诉讼情况',
    table4Rows(report),
    '五、存在的主要问题及改进情况',
    '信息公开的及时性仍需提高。下一年度将完善审核流程，加强业务培训。',
    '六、其他需要报告的事项',
    '本单位未收取信息处理费。本报告中的机构和数字均为示例，虚构。',
  ];
}
