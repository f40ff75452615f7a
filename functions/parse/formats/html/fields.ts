import type { DocRow } from '../../document.js';
import { NUMBER_CELL } from './continued.js';

/** A field label of a site's metadata table: short, ending in a colon (索 引 号：, 发布机构：, 标  题：). */
const FIELD = /^[^\d：:]{1,8}[：:]$/;
const TITLE_FIELD = /^(?:标题|名称|信息名称|文件名称)[：:]$/;

/**
 * Government sites print a table of the page's metadata above the article (索引号, 发布机构, 标题, 生成日期):
 * site furniture, not a report table. For such a table, the value of its title field ('' when it has none);
 * undefined for any other table.
 */
export function fieldTableTitle(rows: readonly DocRow[]): string | undefined {
  let title = '';
  for (const row of rows) {
    const cells = row.cells.filter((cell) => !cell.merged).map((cell) => cell.text.replace(/\s+/g, ''));
    if (!FIELD.test(cells[0] ?? '') || cells.some((text) => NUMBER_CELL.test(text))) return undefined;
    cells.forEach((text, i) => {
      if (TITLE_FIELD.test(text)) title ||= cells[i + 1] ?? '';
    });
  }
  return rows.length > 0 ? title : undefined;
}
