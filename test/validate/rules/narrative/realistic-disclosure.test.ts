import { type Case, checkCases } from './realistic-report.js';

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
  'a share that changed against last year': { text: '共收到申请10件，其中网上申请7件，占比同比上升3.2%。' },
  'a share stated as a floor': { text: '共收到申请10件，其中网上申请6件，占50%以上。' },
  'a share stated roughly': { text: '主动公开政府信息154条，其中工作动态类100条，占70%左右。' },
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

checkCases('narrative rules on realistic prose: disclosure, changes, dates and numerals', [
  PROACTIVE,
  CHANGES,
  NOT_CLAIMS,
  NUMERALS,
]);
