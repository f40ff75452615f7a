/** The cells of every table row of an email's HTML, as text (tags stripped, entities kept), for assertions. */
export function htmlRows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row = '']) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell = '']) => cell),
  );
}

/** The rows of a plain-text table, split on the column separator. */
export function textRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.includes(' | '))
    .map((line) => line.split(' | '));
}
