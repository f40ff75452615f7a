import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../../functions/validate/check-report.js';
import type { Table3Row } from '../../../../functions/shared/template.js';
import { reportFactory } from '../../../support/report-factory.js';

/** The tables a case's prose is checked against: Table 三 totals and Table 四 totals. */
interface Tables {
  received?: number;
  carriedIn?: number;
  handled?: number;
  carriedOut?: number;
  review?: number;
  suit?: number;
}

/** Default: 10 received + 2 carried in = 11 handled + 1 carried out; no 行政复议 or 行政诉讼. */
const DEFAULT: Required<Tables> = { received: 10, carriedIn: 2, handled: 11, carriedOut: 1, review: 0, suit: 0 };

interface Case {
  text: string | string[];
  tables?: Tables;
  /** Table 三 result rows, when not every handled application was 予以公开. */
  results?: Partial<Record<Table3Row, number>>;
  /** The narrative findings as [rule, expected, actual] (null where a rule gives none). */
  found?: [string, number | null, number | null][];
}

const cells = (n: number) => ({ natural: n, total: n });

function narrativeFindings({ text, tables = {}, results = { granted: tables.handled ?? DEFAULT.handled } }: Case) {
  const t = { ...DEFAULT, ...tables };
  const report = reportFactory({
    year: 2020,
    paragraphs: typeof text === 'string' ? [text] : text,
    table3: {
      ...Object.fromEntries(Object.entries(results).map(([row, n]) => [row, cells(n)])),
      received: cells(t.received),
      carriedIn: cells(t.carriedIn),
      handledTotal: cells(t.handled),
      carriedOut: cells(t.carriedOut),
    },
    table4: { review: { upheld: t.review, total: t.review }, suitDirect: { upheld: t.suit, total: t.suit } },
  });
  return checkReport(report)
    .findings.filter((f) => f.rule.startsWith('N-'))
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);
}

const cases = (group: Record<string, Case>) => Object.entries(group).map(([name, c]) => ({ name, ...c }));

/** Applications received, with and without last year's carried-over ones. */
const RECEIVED: Record<string, Case> = {
  'received and carried in, stated apart': { text: '2020年，本机关共收到政府信息公开申请10件，上年结转2件。' },
  'a total that includes the carried-in': { text: '本年度共收到政府信息公开申请12件（含上年结转2件）。' },
  'new and carried-over, then the sum': {
    text: '全年新收政府信息公开申请10件，上年结转政府信息公开申请2件，共计12件。',
  },
  'a whole split into new and carried-over': {
    text: '2020年度，我局共受理政府信息公开申请12件，其中新收申请10件、上年结转2件。',
  },
  'received, then carried in, in its own clause': {
    text: '全年共受理政府信息公开申请133件，上年结转7件。',
    tables: { received: 131, carriedIn: 7, handled: 138, carriedOut: 0 },
    found: [['N-RECEIVED', 131, 133]],
  },
  'received and carried in together, then the carried-in part': {
    text: '本年度共收到政府信息公开申请12件，上年结转2件，均已按期答复。',
  },
  'a whole that includes the carried-in, after 含': { text: '全年共受理申请12件，含上年结转申请2件。' },
  'received stated as 申请总数为': { text: '我街道2020年收到政府信息公开申请总数为10件，均为自然人提出。' },
  'received with a change against last year': {
    text: '本年度共收到政府信息公开申请10件，较上年增加3件，同比增长42.9%。',
  },
  'received against 2019 by name': { text: '2020年共收到政府信息公开申请10件，较2019年增加3件。' },
  'a wrong count of received': { text: '本年度共收到依申请公开申请13件。', found: [['N-RECEIVED', 10, 13]] },
  'none received when the table has none': {
    text: '2020年度，本机关未收到政府信息公开申请。',
    tables: { received: 0, carriedIn: 0, handled: 0, carriedOut: 0 },
  },
  'none received against a table with 10': {
    text: '2020年度，本机关未收到政府信息公开申请。',
    found: [['N-RECEIVED', 10, 0]],
  },
  'received via the provincial platform': { text: '通过省政府信息公开申请平台共收到申请10件。' },
  'applicants by type': { text: '从申请主体看，自然人提出申请8件，法人或其他组织提出申请2件。' },
  'requests for consultation are not applications': { text: '全年接听政务咨询电话36次，收到咨询申请45件。' },
  'compared with 2019 by name before the count': {
    text: '与2019年相比，本年度收到政府信息公开申请10件，增加3件。',
  },
  'compared with 2019 at the start': { text: '较2019年，全年共收到政府信息公开申请10件。' },
  'the received ones all handled': { text: '本年度收到的10件申请均已在法定期限内办结。' },
  'received in markdown bold': { text: '全年共收到政府信息公开申请**10**件。' },
  'the time limit after receipt': { text: '在收到申请后5个工作日内予以登记，收到申请之日起15个工作日内答复。' },
  'licensing applications are not disclosure applications': { text: '全年共受理行政许可申请1200件，办结1198件。' },
  'licensing applications answered': { text: '已办结1200件行政许可申请，按时办结率100%。' },
  'papers from applicants': { text: '收到申请人补正材料3件。' },
  'carried-in applications answered': { text: '办结上年结转申请2件。' },
  'a count read beside a subject of licensing': {
    text: '共收到政府信息公开申请12件，申请内容主要涉及行政许可、城市规划等方面。',
    found: [['N-RECEIVED', 10, 12]],
  },
  'the count before 申请': { text: '本年度收到的31件申请中，涉及河道管理的较多。', found: [['N-RECEIVED', 10, 31]] },
  'the count before 申请, agreeing': { text: '共收到10件政府信息公开申请，均为自然人提出。' },
  'a count of licensing applications before 申请': { text: '共受理12件行政许可申请。' },
  'an approximate count': { text: '全年共收到政府信息公开申请约15件，主要涉及征地拆迁。' },
  'a count with 左右': { text: '每年收到政府信息公开申请20件左右。' },
  'answered, more than': { text: '已办结政府信息公开申请超过15件。' },
  'the whole district in a government office report': {
    text: '2020年，全区各行政机关共收到政府信息公开申请1523件，其中区政府办公室收到10件。',
  },
  'every office of a town': { text: '各部门共收到政府信息公开申请36件，均已按期办结。' },
  'a misdated count': { text: '2019年，我局共收到政府信息公开申请10件。', found: [['N-YEAR', 2020, 2019]] },
  'last year, level with this year': { text: '2019年共收到政府信息公开申请10件，本年度与上年持平。' },
  'last year named as such': { text: '上年（2019年）共收到政府信息公开申请10件。' },
  'last year and this year side by side': { text: '2019年共收到政府信息公开申请7件，2020年共收到申请10件。' },
};

/** Applications answered / 办结, and what is carried forward. */
const HANDLED: Record<string, Case> = {
  'handled and carried forward': { text: '本年度办结政府信息公开申请11件，结转下年度继续办理1件。' },
  'all handled, no number': { text: '上述申请已全部办结，未出现逾期答复情况。' },
  'a rate of on-time answers': { text: '所有申请均在法定期限内答复，按时办结率100%。' },
  'the carried-in ones handled this year': { text: '2019年度结转的2件申请已于2020年办结。' },
  'handled and carried forward at year end': {
    text: '截至2020年12月31日，已办结政府信息公开申请11件，另有1件申请结转至2021年度办理。',
  },
  'a breakdown opened by N件申请中': {
    text: '办结的11件申请中，予以公开6件，部分公开2件，不予公开1件，无法提供2件，不予处理1件；1件结转至2021年继续办理。',
    found: [['N-PARTS', 11, 12]],
  },
  'a list after a carried-forward count': {
    text: '全年共收到政府信息公开申请10件，办结11件，结转下年度1件。其中，予以公开6件，占54.5%；部分公开2件，占18.2%。',
  },
  'parts of the received count, after the handled count': {
    text: '共收到申请10件，办结11件，其中自然人申请8件、法人申请2件。',
  },
  'on time and late, apart': { text: '按时办结申请10件，延期办结申请1件。' },
  'three results of six, each right': {
    text: '全年办结11件，其中予以公开5件，占45.5%；部分公开2件，占18.2%；无法提供2件，占18.2%。',
    results: { granted: 5, partial: 2, 'unable.1': 2, 'denied.4': 1, 'notHandled.2': 1 },
  },
  'every result the table has, short of the whole': {
    text: '全年办结11件，其中予以公开5件，部分公开2件，无法提供2件，不予公开1件。',
    results: { granted: 5, partial: 2, 'unable.1': 2, 'denied.4': 2 },
    found: [['N-PARTS', 11, 10]],
  },
  '其他处理 is a result, not the rest': {
    text: '全年办结11件，其中予以公开5件，其他处理1件。',
    results: { granted: 5, partial: 2, 'unable.1': 2, 'denied.4': 1, 'otherHandling.1': 1 },
  },
  'a wrong count of answered': { text: '共答复政府信息公开申请12件。', found: [['N-HANDLED', 11, 12]] },
  'answered in the stated period': {
    text: '对收到的政府信息公开申请，我局均在《条例》规定的20个工作日内予以答复，共答复11件。',
  },
  'results by kind': { text: '在已办结的11件申请中，予以公开6件，部分公开2件，不予公开1件，无法提供2件。' },
  'results by kind that do not add up': {
    text: '在已办结的11件申请中，其中予以公开6件，部分公开2件，不予公开1件，无法提供1件。',
    found: [['N-PARTS', 11, 10]],
  },
};

/** Channels of application: parts of the stated whole, never Table 三 rows. */
const CHANNELS: Record<string, Case> = {
  'channels that add up': {
    text: '2020年共收到政府信息公开申请10件，其中当面申请3件、网络申请5件、信函申请2件。',
  },
  'channels that do not add up': {
    text: '2020年共收到政府信息公开申请10件，其中当面申请3件、网络申请5件、信函申请1件。',
    found: [['N-PARTS', 10, 9]],
  },
  'a list that ends before a clause on another matter': {
    text: '共收到政府信息公开申请10件，其中自然人申请8件，法人申请2件，涉及规划类信息6件。',
  },
  'channels on their own, no whole': { text: '从申请方式看，当面申请3件，网络申请5件，信函申请2件。' },
  'channels with shares': { text: '共收到申请10件，其中网上申请7件，占70%；当面申请3件，占30%。' },
  'a wrong share of a channel': {
    text: '共收到申请10件，其中网上申请7件，占75%；当面申请3件，占30%。',
    found: [['N-PERCENT', 70, 75]],
  },
};

/** Proactive disclosure: categories add up, channels of publication overlap. */
const PROACTIVE: Record<string, Case> = {
  'categories that add up': {
    text: '2020年，我局通过门户网站主动公开政府信息156条，其中机构职能类12条、政策文件类35条、工作动态类109条。',
  },
  'categories that do not add up': {
    text: '全年主动公开政府信息120条，其中工作动态80条、通知公告30条、政策文件15条。',
    found: [['N-PARTS', 120, 125]],
  },
  'highlights after 其中 that need not add up': {
    text: '全年在政府信息公开专栏主动公开政府信息326条，其中财政预决算信息4条、惠农补贴信息37条、疫情防控信息68条。',
  },
  'categories ending with the rest that fall short': {
    text: '全年主动公开政府信息120条，其中政策文件30条、工作动态60条、其他信息20条。',
    found: [['N-PARTS', 120, 110]],
  },
  'results that fall short of the whole': {
    text: '共办结申请11件，其中予以公开6件，部分公开2件，不予公开1件。',
    found: [['N-PARTS', 11, 9]],
  },
  'parts of two wholes stated together': { text: '全年办理人大建议12件、政协提案8件，其中主办5件、协办15件。' },
  'channels of publication that overlap': {
    text: '全年主动公开政府信息326条，其中通过政府网站公开326条，通过政务微博公开120条，通过微信公众号公开208条。',
  },
  'channels of publication without a verb': {
    text: '共发布各类信息500条，其中政府网站300条、微信公众号250条、政务微博100条。',
  },
  'channels in separate clauses, no 其中': {
    text: '在区政府门户网站发布信息216条，在“西城发布”微博发布86条，在微信公众号发布信息132条。',
  },
  'a single subset': { text: '主动公开政府信息1200余条，其中政策文件80条。' },
  'a share that fits': { text: '主动公开政府信息154条，其中机构职能类12条，占7.8%。' },
  'a share that does not fit': {
    text: '主动公开政府信息154条，其中机构职能类12条，占8.8%。',
    found: [['N-PERCENT', 7.8, 8.8]],
  },
  'a share of the whole district': {
    text: '主动公开政府信息154条，其中政策文件12条，占全区政策文件总数的30%。',
  },
  'a share of the handled total, named': {
    text: ['全年共收到政府信息公开申请10件，办结11件，按时办结率100%。', '办结的申请中，予以公开6件，占办结总数的60%。'],
    found: [['N-PERCENT', 55, 60]],
  },
  'a share of the handled total, right': {
    text: ['全年共收到政府信息公开申请10件，办结11件。', '办结的申请中，予以公开6件，占办结总数的54.5%。'],
  },
  'a share of all applications, carried-in included': {
    text: ['全年共收到政府信息公开申请10件。', '予以公开6件，占申请总数的50%。'],
  },
  'a rate of electronic full texts': { text: '共主动公开规范性文件23件，全文电子化率达100%。' },
  'press conferences and interpretations': {
    text: '全年召开新闻发布会6次，发布政策解读材料18篇，其中图解类解读9篇、文字解读9篇。',
  },
};

/** Growth and decline against last year cannot be checked from one report. */
const CHANGES: Record<string, Case> = {
  growth: { text: '依申请公开数量同比增长20%。' },
  decline: { text: '主动公开政府信息326条，较上年下降15.5%。' },
  'growth with both years': { text: '本年度共收到申请10件，上年同期为8件，同比增长25%。' },
  'fewer than last year': { text: '受疫情影响，当面申请较上年减少4件。' },
};

/** 行政复议 and 行政诉讼 against Table 四. */
const REVIEW: Record<string, Case> = {
  'none of either': { text: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' },
  'none of either, against a table with one': {
    text: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 0]],
  },
  'one review upheld, no suit': {
    text: '2020年，本机关因政府信息公开被申请行政复议1件，结果维持1件；未发生行政诉讼。',
    tables: { review: 1 },
  },
  'reviews and suits counted': { text: '被申请行政复议2件，被提起行政诉讼1件。', tables: { review: 2, suit: 1 } },
  'cases as 起': { text: '本年度发生政府信息公开行政复议案件1起，行政诉讼案件0起。', tables: { review: 1 } },
  'a change against last year': { text: '与上年相比，行政复议案件减少1件。', tables: { review: 1 } },
  'none, in other words': { text: '本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼的情况。' },
  'none of either, with 提起': {
    text: '本年度无因政府信息公开工作被申请行政复议、提起行政诉讼情况。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 0]],
  },
  'zero of each': { text: '本年度因政府信息公开申请行政复议0件、行政诉讼0件。' },
  'none of one, some of the other': {
    text: '本年度未发生政府信息公开行政复议案件，发生行政诉讼1件。',
    tables: { suit: 1 },
  },
  'a review decision is a document': { text: '收到行政复议决定书1份，结果为维持。', tables: { review: 1 } },
  'a review last year': { text: '2019年发生行政复议1件，本年度未发生。' },
  'the agency as the review body': {
    text: '本机关作为行政复议机关，全年共受理涉及政府信息公开的行政复议申请15件。',
  },
  'none corrected is not none': { text: '本年度无行政复议案件被纠错的情况。', tables: { review: 1 } },
  'not reviewed, not sued': { text: '本年度本机关政府信息公开工作未被申请行政复议，未被提起行政诉讼。' },
  'not reviewed, against a table with one': {
    text: '本年度本机关政府信息公开工作未被申请行政复议，未被提起行政诉讼。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 0]],
  },
  'reviews across the district': { text: '全区共发生政府信息公开行政复议案件15件，行政诉讼案件6件。' },
  'a wrong count of reviews': {
    text: '全年共收到政府信息公开行政复议申请2件。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 2]],
  },
};

/** Dates, article numbers and ordinals are never claims. */
const NOT_CLAIMS: Record<string, Case> = {
  'the report period': { text: '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。' },
  'the legal basis': { text: '依据《中华人民共和国政府信息公开条例》（国务院令第711号）第五十条规定，编制本报告。' },
  'an article and item': { text: '对申请人按照《条例》第三十六条第（三）项予以告知。' },
  'article numbers beside counts': {
    text: '依据《条例》第二十条第（一）项主动公开机构职能信息12条，依据《条例》第三十三条开展考核。',
  },
  'a website address and a phone number': {
    text: '申请人可登录www.bjxch.gov.cn提交申请，咨询电话010-83065000，工作时间9:00-17:00。',
  },
  'the whole year in months': {
    text: '2020年1-12月共收到政府信息公开申请12件。',
    found: [['N-RECEIVED', 10, 12]],
  },
  'up to October': { text: '截至2020年10月底，共收到政府信息公开申请8件。' },
  'up to the year end': { text: '截至2020年12月31日，共收到政府信息公开申请10件。' },
  'months of the year': { text: '2020年1-6月共收到政府信息公开申请4件。' },
};

/** Chinese numerals: read as the same number, or not at all. */
const NUMERALS: Record<string, Case> = {
  'ten in characters': { text: '2020年，我办共收到政府信息公开申请十件，均已按时答复。' },
  'two in characters': { text: '本年度被申请行政复议两件。', tables: { review: 2 } },
  'twelve in characters, against a table with 10': {
    text: '本年度共收到政府信息公开申请十二件。',
    found: [['N-RECEIVED', 10, 12]],
  },
  'two in characters, against a table with one': {
    text: '本年度被申请行政复议两件。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 2]],
  },
  'answered in characters': { text: '已答复政府信息公开申请十一件。' },
  'a one-stop service': { text: '推行“一件事一次办”，打造一条龙服务。' },
};

/** Placeholders: a number left out, never words that only look like one. */
const PLACEHOLDERS: Record<string, Case> = {
  'a blank in 共  件': { text: '本年度共收到政府信息公开申请共  件。', found: [['N-PLACEHOLDER', null, null]] },
  'XX left from the template': { text: '主动公开政府信息XX条。', found: [['N-PLACEHOLDER', null, null]] },
  'a full-width blank': { text: '本年度主动公开政府信息共计　条。', found: [['N-PLACEHOLDER', null, null]] },
  'a 数条 gap beside 数N条': {
    text: ['全年公开政府信息数1019条。', '其中重点领域公开政府信息数条。'],
    found: [['N-PLACEHOLDER', null, null]],
  },
  'a blank after 为': { text: '本年度依申请公开信息数量为 件。', found: [['N-PLACEHOLDER', null, null]] },
  'a blank in PDF text before 条件': { text: '对符合 条件的申请予以公开。' },
  'a bracketed blank': {
    text: '全年主动公开政府信息436条，其中公开惠农补贴信息（　）条。',
    found: [['N-PLACEHOLDER', null, null]],
  },
  'brackets around words': { text: '印发《关于做好XX村人居环境整治的通知（范本）》，购置X光机1台，投入3.5万元。' },
  '多条 is a word': { text: '通过多条渠道发布政务信息，回应社会关切。' },
  '若干 is a word': { text: '制定了若干项制度，规范信息发布流程。' },
  '数字化 is a word': { text: '推进政务服务数字化转型，提升群众满意度。' },
  '数据 is a word': { text: '每月按时报送网站公开月报数据。' },
  'several opinions': { text: '征集到社会公众意见建议数条，均已采纳。' },
};

/** The same quantity stated twice. */
const CONFLICTS: Record<string, Case> = {
  'staff stated once and repeated alike': {
    text: ['本机关从事政府信息公开工作人员3名，其中专职人员1名、兼职人员2名。', '设专职人员1名负责网站维护。'],
  },
  'staff that contradict (seed 001)': {
    text: [
      '从事政府信息公开工作人员2名，其中，专职人员数0人；兼职人员数2人，每月按时报送网站公开月报数据。' +
        '设专职人员2名负责维护信息公开网站建设。',
    ],
    found: [['N-CONFLICT', 0, 2]],
  },
  'the whole staff and the disclosure staff': {
    text: ['街道共有工作人员120名。', '配备从事政府信息公开的工作人员3名。'],
  },
  'staff in one sentence, apart': { text: ['设有专职人员1名，兼职人员3名，负责信息发布和依申请公开工作。'] },
  'both together and one kind': { text: ['配备专兼职人员4名，其中专职人员1名。', '专职人员1名负责审核。'] },
  'disclosure staff and open-government staff': {
    text: ['从事政府信息公开工作人员2名。', '全街道从事政务公开工作人员5名。'],
  },
  'staff across the district': { text: ['本机关专职人员1名。', '全区共有政府信息公开专职人员56名。'] },
  'the office and its communities': { text: ['街道配备兼职人员3名。', '社区配备兼职人员21名。'] },
  'training attendance is not staff': { text: ['专职人员2名。', '组织培训3次，培训工作人员150人次，其中专职人员2人次。'] },
  'part-time 工作人员 is part-time staff': {
    text: ['配备了1名兼职工作人员，设立了1个信息申请受理点。', '我中心从事政府信息公开工作的兼职人员1人，较上年无变化。'],
  },
  'part-time staff that contradict': {
    text: ['配备兼职工作人员2名。', '本单位政府信息公开兼职人员3人。'],
    found: [['N-CONFLICT', 2, 3]],
  },
};

/** A bureau's whole 一、总体情况 as such reports are written, consistent with its tables. */
const WHOLE_REPORT = [
  '一、总体情况',
  '2020年，我局深入贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），坚持以公开为常态、不公开为例外。',
  '（一）主动公开',
  '全年通过区政府门户网站、政务新媒体等渠道主动公开政府信息1523条，其中工作动态类信息865条，通知公告类信息214条，' +
    '政策文件类信息98条，人事信息32条，规划计划类信息25条，其他信息289条。在“武侯发布”微信公众号发布信息236条，' +
    '在政务微博发布信息198条。召开新闻发布会4场，发布政策解读23篇，回应社会关切15次。',
  '（二）依申请公开',
  '2020年，本机关共收到政府信息公开申请58件，较上年增长16%，其中自然人申请55件，法人或其他组织申请3件。' +
    '从申请方式看，网上申请41件，占70.7%；信函申请12件，占20.7%；当面申请5件，占8.6%。上年结转申请2件。' +
    '本年度共办结申请57件，其中予以公开21件，部分公开9件，不予公开4件，无法提供18件，不予处理3件，其他处理2件；' +
    '结转下年度办理3件。所有申请均在法定期限内答复，未收取任何费用。',
  '（三）政府信息管理',
  '严格落实政府信息公开保密审查制度，全年审查拟公开信息1600余条。开展政务公开工作自查2次，整改问题8个。',
  '（四）平台建设',
  '本机关从事政府信息公开工作人员3名，其中专职人员1名、兼职人员2名。区政府门户网站累计访问量达120万人次。',
  '（五）监督保障',
  '全年组织政务公开专题培训4次，参训人员300余人次。2020年度政务公开第三方评估得分92.5分，位列全区第3名。' +
    '共收到人大代表建议45件、政协委员提案62件，均已按期办结，办结率100%。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '2020年，本机关因政府信息公开被申请行政复议3件，其中维持2件，纠正1件；被提起行政诉讼2件，其中维持1件，尚未审结1件。',
];
const WHOLE_TABLES: Tables = { received: 58, carriedIn: 2, handled: 57, carriedOut: 3, review: 3, suit: 2 };

describe('narrative rules on a whole report', () => {
  it('find nothing in consistent prose', () => {
    expect(narrativeFindings({ text: WHOLE_REPORT, tables: WHOLE_TABLES })).toEqual([]);
  });

  it('find the errors put into it, and only those', () => {
    const text = WHOLE_REPORT.map((p) => p.replace('共办结申请57件', '共办结申请56件').replace('占20.7%', '占21.7%'));
    expect(narrativeFindings({ text, tables: WHOLE_TABLES })).toEqual([
      ['N-HANDLED', 57, 56],
      ['N-PARTS', 56, 57],
      ['N-PERCENT', 20.7, 21.7],
    ]);
  });
});

describe('narrative rules on realistic prose', () => {
  it.each([
    ...cases(RECEIVED),
    ...cases(HANDLED),
    ...cases(CHANNELS),
    ...cases(PROACTIVE),
    ...cases(CHANGES),
    ...cases(REVIEW),
    ...cases(NOT_CLAIMS),
    ...cases(NUMERALS),
    ...cases(PLACEHOLDERS),
    ...cases(CONFLICTS),
  ])('$name', (c) => {
    expect(narrativeFindings(c)).toEqual(c.found ?? []);
  });
});
