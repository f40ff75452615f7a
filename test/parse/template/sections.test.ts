import { describe, expect, it } from 'vitest';
import type { DocRow } from '../../../functions/parse/document.js';
import { findSections } from '../../../functions/parse/template/sections.js';

const rows = (...lines: string[]): DocRow[] => lines.map((text, i) => ({ cells: [{ text, at: { line: i + 1 } }] }));
const ids = (lines: string[]): string[] => findSections(rows(...lines)).map((section) => section.id);

describe('findSections', () => {
  it('finds headings of mixed numbering styles, a bracketed one only when it is the template title', () => {
    const lines = [
      '一．总体情况',
      '（二）依申请公开情况。全年收到申请12件。',
      '二. 主动公开政府信息情况',
      '三、 收到和处理政府信息公开申请情况',
      '(四)政府信息公开行政复议、行政诉讼情况',
      '5、存在的主要问题及改进情况',
      '六 、其他需要报告的事项',
    ];
    expect(ids(lines)).toEqual(['一', '二', '三', '四', '五', '六']);
  });

  it('finds a heading run on into its first sentence, and not a numbered sentence that only mentions the words', () => {
    const lines = [
      '一、总体情况 2023年，我局围绕自然资源管理工作，认真贯彻落实《中华人民共和国政府信息公开条例》的各项要求。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况 一是规划信息公开的及时性还需提高；二是解读形式较为单一，下一步将加以改进。',
      '六、其他需要报告的事项 本年度未收取信息处理费。',
    ];
    expect(ids(lines)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(ids(['一、总体情况', '二、全年依申请公开办理情况良好，群众满意度较高，各项工作有序推进，达到预期目标要求。'])).toEqual(['一']);
  });
});
