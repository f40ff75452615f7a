// Two 街道 reports of one district and year written independently from the one template, as real ones are: the
// same headings, tables and set phrases (the statutory opening, 未收取信息处理费), their own sentences (as the
// seeds' 天桥 and 什刹海 reports differ). Tables from examples/report-model.ts, text laid out by examples/render.ts.
import { readReport } from '../../../functions/parse/read-report.js';
import type { ReadReport } from '../../../functions/shared/model/report.js';
import { type ExampleReport, table2Rows, table3Rows, table4Rows } from '../../../examples/report-model.js';
import { renderText } from '../../../examples/render.js';

const OPENING = '依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，编制本报告。';
const NO_FEES = '本年度未收取信息处理费。';

/** Each section's paragraphs; section 三 and 四 are the tables. */
export interface Prose {
  一: string[];
  五: string[];
  六: string[];
}

export const TIANQIAO: Prose = {
  一: [
    '（一）组织领导情况',
    '2020年，天桥街道加强政务公开工作的组织领导，根据人员调整情况及时调整政务公开工作领导小组，由街道办事处主任担任组长，综合办公室主管领导担任副组长，各相关科室为成员单位。领导小组下设办公室，设在综合办公室，承担政务公开的日常工作。',
    '（二）主动公开情况',
    '2020年主动公开政府信息1019条，其中财政预算决算和“三公”经费信息3条，规划计划总结类信息4条，城市管理类信息24条。通过政府网站公开政府信息30条，通过政务微博公开396条，通过政务微信公开621条。由于本街道不涉及公共资源配置和重大建设项目，未公开此类信息。',
    '（三）依申请公开情况',
    '2020年共收到政府信息公开申请7件，上年结转1件，均在法定期限内答复。申请内容主要涉及房屋征收、拆迁补偿和背街小巷环境整治等方面，其中予以公开5件，部分公开1件，本机关不掌握相关政府信息2件。',
    '（四）政府信息管理情况',
    '街道严格落实信息发布保密审查制度，按照“先审查、后公开”和“一事一审”的原则，由科室负责人和主管领导两级审核后发布，全年未发生泄密事件。',
    '（五）平台建设情况',
    '街道依托区政府门户网站“天桥街道”专栏和“天桥微家园”微信公众号发布信息，及时更新政策解读和办事指南，并在街道政务服务中心设置政府信息查阅点，方便居民查阅。',
    '（六）监督保障情况',
    '街道将政务公开工作纳入科室年度绩效考核，每季度通报各科室信息报送情况，对报送不及时的科室督促整改。',
  ],
  五: [
    '一是信息公开的及时性有待提高，部分科室报送信息不够主动；二是政策解读形式较为单一，以文字解读为主。2021年，街道将加强业务培训，丰富图解、视频等解读形式，提升公开质量。',
  ],
  六: [NO_FEES],
};

export const SHICHAHAI: Prose = {
  一: [
    '街道工委、办事处高度重视政务公开工作，深入学习领会市、区政务公开工作要点，制定任务清单，规范政务公开的内容和形式，明确各责任部门及个人职责，全力打造便民高效的服务型政府。',
    '（一）主动公开情况',
    '及时、有序开展主动公开工作。主动公开街道2019年财政决算和2020年财政预算；公开行政执法和行政处罚事项；公开民生领域信息、城市建设类信息和工作动态类信息共计865条。',
    '创新政务活动方式，扩大社会公众参与。通过“北京什刹海”微信公众号向居民推送政策信息及相关活动，在旧鼓楼社区开展政府开放日活动，介绍社区政务服务站综合窗口的服务职能和智能政务的办理流程，并动员组织群众参加。',
    '（二）依申请公开情况',
    '2020年收到信息公开申请11件，申请内容主要涉及拆除违法建设的程序性文件、强制拆除决定书和社区居民关注的停车管理等方面。所有申请均已按期答复，无逾期答复情况。',
    '（三）政府信息管理情况',
    '街道完善信息公开属性源头认定机制，公文拟稿时同步明确公开属性，对不予公开的说明理由；定期清理已公开信息，对已失效的文件及时标注。',
    '（四）监督保障情况',
    '街道政务公开领导小组每半年听取一次工作汇报，将政务公开纳入街道督查督办事项，并邀请辖区人大代表、政协委员对公开工作提出意见建议。',
  ],
  五: [
    '对照年度工作要点，仍存在政策解读深度不够、公众参与渠道不多等问题。下一步，街道将围绕群众关注的热点难点，开展面对面的政策解读，拓展线上互动渠道，做到公开一项、解读一项。',
  ],
  六: [NO_FEES],
};

/** The report's text: title, opening, the six sections with the tables of `numbers` in 二, 三 and 四. */
export function streetReportText(agency: string, prose: Prose, numbers: Omit<ExampleReport, 'agency' | 'year'>): string {
  const report: ExampleReport = { agency, year: 2020, ...numbers };
  return renderText(
    [
      `${agency}2020年政府信息公开工作年度报告`,
      OPENING,
      '一、总体情况',
      ...prose.一,
      '二、主动公开政府信息情况',
      table2Rows(),
      '三、收到和处理政府信息公开申请情况',
      table3Rows(report),
      '四、政府信息公开行政复议、行政诉讼情况',
      table4Rows(report),
      '五、存在的主要问题及改进情况',
      ...prose.五,
      '六、其他需要报告的事项',
      ...prose.六,
    ],
    'cellPerLine',
  );
}

export const TIANQIAO_NUMBERS: Omit<ExampleReport, 'agency' | 'year'> = {
  columns: [{ received: 7, carriedIn: 1, granted: 5, partial: 1, notHeld: 2 }],
  table4: [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
};
export const SHICHAHAI_NUMBERS: Omit<ExampleReport, 'agency' | 'year'> = {
  columns: [{ received: 9, granted: 6, complaint: 3 }, {}, {}, {}, { received: 2, granted: 2 }],
  table4: [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
};

export async function readText(name: string, text: string): Promise<ReadReport> {
  const result = await readReport({ name, bytes: new TextEncoder().encode(text) });
  if (result.status !== 'parsed') throw new Error(`${name} was rejected`);
  return result.report;
}

/** A street's report as read from its text. */
export const readStreet = (agency: string, prose: Prose, numbers: Omit<ExampleReport, 'agency' | 'year'>) =>
  readText(`${agency}.txt`, streetReportText(agency, prose, numbers));
