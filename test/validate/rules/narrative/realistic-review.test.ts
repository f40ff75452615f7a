import { type Case, checkCases } from './realistic-report.js';

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
  'a review decided by the review body': {
    text: '因政府信息公开被申请行政复议1件，复议机关维持原行政行为。',
    tables: { review: 2 },
    found: [['N-REVIEW', 2, 1]],
  },
  'a suit the court is hearing': { text: '被提起行政诉讼1件，法院正在审理中。', tables: { suit: 1 } },
  'a wrong count of reviews': {
    text: '全年共收到政府信息公开行政复议申请2件。',
    tables: { review: 1 },
    found: [['N-REVIEW', 1, 2]],
  },
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
  'no full-time staff, then one': {
    text: ['本机关未配备专职人员，由办公室兼职人员负责。', '政府信息公开专职人员数：1人。'],
    found: [['N-CONFLICT', 0, 1]],
  },
  'no full-time staff, part-time ones counted': { text: ['无专职人员，兼职人员2名。', '兼职人员数：2人。'] },
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

checkCases('narrative rules on realistic prose: reviews, placeholders, conflicts', [REVIEW, PLACEHOLDERS, CONFLICTS]);
