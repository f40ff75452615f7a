import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { besideBundle, besideBundleCopies } from '../../lib/constructs/bundle-settings.js';

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('bundle and stream settings', () => {
  const plainData = [
    'lib/constructs/bundle-settings.ts',
    ...readdirSync(new URL('../../pipeline/', import.meta.url)).map((name) => `pipeline/${name}`),
  ];
  it.each(plainData)('%s imports neither the CDK nor the SDK (bench/, local/ and the functions load it)', (path) => {
    expect(source(path)).not.toMatch(/from '(aws-cdk-lib|constructs|@aws-sdk\/)/);
  });

  it('ships pdfjs beside parse only: the files its dynamic imports name, as patches/ amends them', () => {
    expect(besideBundle('functions/validate/handler.ts')).toEqual([]);
    expect(besideBundle('functions/notify/handler.ts')).toEqual([]);
    const copies = besideBundleCopies(besideBundle('functions/parse/handler.ts'), '/project', '/asset');
    expect(copies).toContainEqual([
      '/project/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      '/asset/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
    ]);
    expect(copies).toContainEqual(['/project/node_modules/pdfjs-dist/LICENSE', '/asset/node_modules/pdfjs-dist/LICENSE']);
    // The map of iText's default Chinese font, which PDFs name without embedding it.
    expect(copies).toContainEqual([
      '/project/node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
      '/asset/node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
    ]);
    const parseSources = readdirSync(new URL('../../functions/parse/', import.meta.url), { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.ts'))
      .map((path) => source(`functions/parse/${path}`));
    const imported = parseSources.flatMap((text) => [...text.matchAll(/import\('(pdfjs-dist\/[^']+)'\)/g)]);
    expect(imported.length).toBeGreaterThan(0);
    for (const [, specifier] of imported) {
      expect(copies.map(([, to]) => to)).toContain(`/asset/node_modules/${specifier}`);
    }
  });
});
