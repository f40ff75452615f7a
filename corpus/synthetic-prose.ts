import type { Random } from './synthetic-random.js';

/** Fictional places: no real agency is named. */
const DISTRICTS = ['东湖区', '青山区', '南岭区', '西川区', '北塘区', '云溪县'];
const STREETS = ['桂花', '石桥', '柳岸', '杏林', '云台', '松涛', '白鹭', '枫林'];

export function syntheticAgency(random: Random): string {
  return random.chance(0.7)
    ? `${random.pick(DISTRICTS)}人民政府${random.pick(STREETS)}街道办事处`
    : `${random.pick(DISTRICTS)}${random.pick(['民政局', '司法局', '市场监督管理局', '住房和城乡建设委员会'])}`;
}

const OPENING = [
  '本机关坚持以公开为常态、不公开为例外，健全政务公开工作机制，明确专人负责信息发布和审核。',
  '本年度，本机关加强政务公开工作的组织领导，按照工作要点逐项落实各项任务。',
  '本机关持续完善政府信息公开平台建设，及时更新公开指南和主动公开目录。',
];
const CLOSING = [
  '存在的主要问题是公开内容的时效性有待提高。下一步将加强培训，规范发布流程。',
  '部分栏目更新不够及时，解读形式较为单一。整改措施：明确责任科室，定期自查。',
  '政务公开人员业务水平有待提升。下一步将组织专题培训，强化审核把关。',
];

/** States how many applications were received: what N-RECEIVED compares with Table 三. */
export function overviewParagraph(random: Random, year: number, received: number): string {
  return `${random.pick(OPENING)}${year}年，本机关共收到政府信息公开申请${received}件，均在法定期限内依法答复。`;
}

export function closingParagraph(random: Random): string {
  return random.pick(CLOSING);
}

/**
 * Paragraphs of narrative, `utf8Bytes` long in all (a paragraph more at most): the opening sentences over and over,
 * without a number, so no rule compares them with the tables and the PDF fixture font has every character.
 */
export function narrativeParagraphs(utf8Bytes: number): string[] {
  const paragraphs: string[] = [];
  for (let size = 0, index = 0; size < utf8Bytes; index += 1) {
    const paragraph = OPENING.map((_, k) => OPENING[(index + k) % OPENING.length]).join('');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs;
}
