import { escapeHtml } from '../functions/notify/render/escape.js';

/**
 * HTML built only through the `html` tag: every interpolated value is escaped unless it is already
 * markup made by this tag. Report text is untrusted, so nothing else may produce markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((part, index) => {
    out += render(part) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/** A query string for links, values percent-encoded. */
export function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  if (entries.length === 0) return '';
  return `?${entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`).join('&')}`;
}

/** The link to a report's page. */
export function reportHref(districtId: string, reportId: string): string {
  return `/reports/${encodeURIComponent(districtId)}/${encodeURIComponent(reportId)}`;
}

/** The link to an agency's trend page. */
export function agencyHref(districtId: string, agencyId: string): string {
  return `/agency/${encodeURIComponent(districtId)}/${encodeURIComponent(agencyId)}`;
}
