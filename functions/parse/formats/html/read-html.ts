import type { DocumentRows } from '../../document.js';
import type { HtmlBudgets } from './dom.js';
import { decodeHtml } from './decode.js';
import { htmlToRows } from './rows.js';

/**
 * Reads an .html/.htm report: decodes it (BOM, UTF-8, declared charset, GB18030), then takes its tables cell by
 * cell and its other text block by block. Throws UnreadableFileError for undecodable or absurdly complex pages.
 */
export function readHtml(bytes: Uint8Array, budgets?: HtmlBudgets): DocumentRows {
  return htmlToRows(decodeHtml(bytes), budgets);
}
