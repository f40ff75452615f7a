import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { count } from '../../cli/text-table.js';
import type { SentEmail, SesEmulator } from '../emulators/ses.js';

/** A file name for a sent email: order, first recipient, message id; only safe characters. */
export function emlFileName(index: number, email: SentEmail): string {
  const to = (email.destination.to[0] ?? 'nobody').replace(/[^a-zA-Z0-9.@-]/g, '_');
  const id = email.messageId.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 12);
  return `${String(index + 1).padStart(3, '0')}-${to}-${id}.eml`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function indexHtml(rows: readonly string[]): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>nianbao outbox</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style>
</head><body><h1>nianbao outbox: ${count(rows.length, 'email')}</h1>
<table><tr><th>file</th><th>to</th><th>subject</th><th>sent (UTC)</th></tr>
${rows.join('\n')}
</table></body></html>
`;
}

/** One run's outbox folder (run-folders.ts makes it): every email the SES emulator accepted, as it is sent. */
export class Outbox {
  private readonly written = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly ses: SesEmulator,
  ) {}

  /** Writes the emails sent since the last call as .eml files and rewrites index.html; returns the count so far. */
  async flush(): Promise<number> {
    const emails = await this.ses.sentEmails();
    if (emails.length === this.written.size && this.written.size > 0) return emails.length;
    const rows: string[] = [];
    for (const [index, email] of emails.entries()) {
      const name = emlFileName(index, email);
      if (!this.written.has(email.messageId)) {
        await writeFile(join(this.dir, name), await this.ses.emlOf(email.messageId));
        this.written.add(email.messageId);
      }
      rows.push(
        `<tr><td><a href="${encodeURIComponent(name)}">${escapeHtml(name)}</a></td>` +
          `<td>${escapeHtml(email.destination.to.join(', '))}</td><td>${escapeHtml(email.subject)}</td>` +
          `<td>${new Date(email.at * 1000).toISOString()}</td></tr>`,
      );
    }
    await writeFile(join(this.dir, 'index.html'), indexHtml(rows));
    return emails.length;
  }
}

const OWN_FILE = /^(\d{3}-.*\.eml|index\.html)$/;

/** Every email into one folder, replacing the .eml files and index an earlier call left there (replay's outbox). */
export async function writeOutbox(ses: SesEmulator, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  // Only our own files are replaced: the folder may hold other things.
  for (const name of await readdir(dir)) if (OWN_FILE.test(name)) await rm(join(dir, name));
  return new Outbox(dir, ses).flush();
}
