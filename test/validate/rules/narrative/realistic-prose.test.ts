import { describe, expect, it } from 'vitest';
import { type Case, type Tables, checkCases, narrativeFindings } from './realistic-report.js';

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
  'new ones in the template’s words, wrong': {
    text: '本年度新收政府信息公开申请12件。',
    found: [['N-RECEIVED', 10, 12]],
  },
  'received 共计, wrong': { text: '收到政府信息公开申请共计12件。', found: [['N-RECEIVED', 10, 12]] },
  'received 依申请公开事项, wrong': { text: '共受理依申请公开事项12件。', found: [['N-RECEIVED', 10, 12]] },
  'answered 依申请公开件, wrong': { text: '共答复依申请公开件9件。', found: [['N-HANDLED', 11, 9]] },
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
  'new ones answered, the carried-in ones too': { text: '本年度共办结申请9件，上年结转的2件申请也已办结。' },
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

checkCases('narrative rules on realistic prose: applications', [RECEIVED, HANDLED, CHANNELS]);
