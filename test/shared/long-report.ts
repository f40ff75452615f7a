/**
 * A report's text with a long narrative put into section 一, before its tables: numbered, distinct paragraphs that
 * claim no count (no narrative rule fires on them), until the text holds `characters` characters.
 */
export function withLongNarrative(text: string, characters: number): string {
  const tablesAt = text.indexOf('\n二、');
  if (tablesAt < 0) throw new Error('the report has no section 二');
  const paragraphs: string[] = [];
  for (let length = text.length, i = 0; length < characters; i += 1) {
    const paragraph = `本街道持续深化政务公开（第${i}段），坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。\n\n`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  return `${text.slice(0, tablesAt)}\n\n${paragraphs.join('')}${text.slice(tablesAt)}`;
}
