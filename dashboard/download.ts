/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A Content-Disposition for a download: `filename` in ASCII for old clients, `filename*` (RFC 5987, UTF-8) with the
 * Chinese name browsers show. RFC 5987 allows fewer bare characters than encodeURIComponent leaves: ' ( ) * go too.
 */
export function attachment(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
