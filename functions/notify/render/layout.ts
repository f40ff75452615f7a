import type { RenderedEmail } from './email.js';
import { escapeHtml, oneLine } from './escape.js';

/**
 * The pieces every email is made of. Each is rendered twice, as plain text and as table-based HTML with inline
 * styles only (what Outlook, Foxmail and webmail render alike). Every string is made one clean line (oneLine) and,
 * in HTML, escaped here, the one place report text (file names, titles, excerpts) enters an email: callers pass
 * it as it is. A paragraph's line breaks are its list of lines, never a "\n" inside a string.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: readonly string[] }
  | { kind: 'table'; headers: readonly string[]; rows: readonly (readonly string[])[] };

const FONT = "font-family:'PingFang SC','Microsoft YaHei',SimSun,Arial,sans-serif;";
const CELL = 'border:1px solid #cccccc;padding:4px 6px;vertical-align:top;text-align:left;';

export function heading(text: string): Block {
  return { kind: 'heading', text };
}

export function paragraph(...lines: string[]): Block {
  return { kind: 'paragraph', lines };
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): Block {
  return { kind: 'table', headers, rows };
}

/** The email of these blocks; its subject, a header, is one clean line too. */
export function renderEmail(subject: string, blocks: readonly Block[]): RenderedEmail {
  const line = oneLine(subject);
  return { subject: line, text: renderText(blocks), html: renderHtml(line, blocks) };
}

function renderText(blocks: readonly Block[]): string {
  return `${blocks.map(blockText).join('\n\n')}\n`;
}

function renderHtml(title: string, blocks: readonly Block[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${htmlText(title)}</title></head>`,
    '<body style="margin:0;padding:0;background-color:#f4f4f4;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>',
    '<td align="center" style="padding:16px;">',
    '<table role="presentation" width="720" cellpadding="0" cellspacing="0" border="0" ' +
      'style="width:100%;max-width:720px;background-color:#ffffff;border:1px solid #dddddd;"><tr>',
    `<td style="padding:20px;${FONT}font-size:14px;line-height:1.6;color:#222222;">`,
    ...blocks.map(blockHtml),
    '</td></tr></table>',
    '</td></tr></table>',
    '</body></html>',
    '',
  ].join('\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `【${oneLine(block.text)}】`;
    case 'paragraph':
      return block.lines.map(oneLine).join('\n');
    case 'table':
      return [block.headers, ...block.rows].map((cells) => cells.map(oneLine).join(' | ')).join('\n');
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h3 style="margin:20px 0 8px;font-size:15px;color:#111111;">${htmlText(block.text)}</h3>`;
    case 'paragraph':
      return `<p style="margin:0 0 12px;">${block.lines.map(htmlText).join('<br>')}</p>`;
    case 'table':
      return [
        '<table cellpadding="0" cellspacing="0" border="0" ' +
          'style="border-collapse:collapse;width:100%;margin:0 0 12px;font-size:13px;">',
        `<tr>${block.headers.map((text) => htmlCell('th', text)).join('')}</tr>`,
        ...block.rows.map((cells) => `<tr>${cells.map((text) => htmlCell('td', text)).join('')}</tr>`),
        '</table>',
      ].join('\n');
  }
}

function htmlCell(tag: 'th' | 'td', text: string): string {
  const background = tag === 'th' ? 'background-color:#f0f0f0;' : '';
  return `<${tag} style="${CELL}${background}">${htmlText(text)}</${tag}>`;
}

/** The same cleaning as the text body, then escaped. */
function htmlText(text: string): string {
  return escapeHtml(oneLine(text));
}
