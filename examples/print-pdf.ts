// A real PDF the way agencies make most of theirs: a web page printed by a browser (headless Chromium here).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Prints an HTML page to PDF with Chromium (Debian: chromium, and fonts-wqy-zenhei for the Chinese text). */
export function printPdf(html: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-example-'));
  try {
    writeFileSync(join(dir, 'report.html'), html);
    const pdf = join(dir, 'report.pdf');
    // a profile of its own and no network: the same flags as test/fixtures/layouts/make.sh
    execFileSync('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(dir, 'report.html')}`,
    ], { stdio: 'ignore', timeout: 60_000 });
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
