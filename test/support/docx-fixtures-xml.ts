import { buildZip } from '../../corpus/build-zip.js';

/**
 * Minimal .docx files written from raw WordprocessingML, for what the `docx` package cannot draw as Word and WPS
 * write it: tracked changes, fields, text boxes, nested tables, runs split mid-word.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES =
  `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Target="word/document.xml" ' +
  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>';

/**
 * A .docx whose body is the given WordprocessingML (paragraphs and tables, without <w:body>), with the given
 * numbering and styles parts (whole <w:numbering> and <w:styles> documents) when lists number its paragraphs.
 */
export function docxOfBody(body: string, numbering?: string, styles?: string): Uint8Array {
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`;
  const parts = { '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': document };
  const files: Record<string, string> = {
    ...parts,
    ...(numbering === undefined ? {} : { 'word/numbering.xml': numbering }),
    ...(styles === undefined ? {} : { 'word/styles.xml': styles }),
  };
  const encoder = new TextEncoder();
  return buildZip(Object.entries(files).map(([name, text]) => ({ name, data: encoder.encode(text) })));
}

/** Word XML helpers: a paragraph of runs, a run, a table of rows of cells. */
export const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const tc = (content: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;

/** A numbering part of one list (numId 1) whose levels have the given format and text (`chineseCounting`, `%1、`). */
export function numberingOf(levels: readonly { format: string; text: string }[]): string {
  const lvl = levels.map(
    ({ format, text }, i) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0">${lvl.join('')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
  );
}

/** A paragraph numbered by list 1 at the given level. */
export const numbered = (level: number, text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>${r(text)}</w:p>`;

/** A styles part with one paragraph style, `Heading1` (标题 1), numbered by list 1 at level 0. */
export const NUMBERED_HEADING_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>' +
  '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>';
