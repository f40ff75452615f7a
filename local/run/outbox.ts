import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SentEmail, SesEmulator } from '../emulators/ses.js';

/** A file name for a sent email: order, first recipient, message id; only safe characters. */
export function emlFileName(index: number, email: SentEmail): string {
  const to = (email.destination.to[0] ?? 'nobody').replace(/[^a-zA-Z0-9.@-]/g, '_');
  const id = email.messageId.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 12);
  return `${String(index + 1).padStart(3, '0')}-${to}-${id}.eml`;
}

const OWN_FILE = /^(\d{3}-.*\.eml|index\.html)$/;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Writes every email the SES emulator accepted as .eml files plus an index.html linking them; returns the count. */
export async function writeOutbox(ses: SesEmulator, dir: string): Promise<number> {
  const emails = await ses.sentEmails();
  await mkdir(dir, { recursive: true });
  // Only our own files from an earlier run are replaced: --outbox may name a directory that holds other things.
  for (const name of await readdir(dir)) if (OWN_FILE.test(name)) await rm(join(dir, name));
  const rows: string[] = [];
  for (const [index, email] of emails.entries()) {
    const name = emlFileName(index, email);
    await writeFile(join(dir, name), await ses.emlOf(email.messageId));
    rows.push(
      `<tr><td><a href="${encodeURIComponent(name)}">${escapeHtml(name)}</a></td>` +
        `<td>${escapeHtml(email.destination.to.join(', '))}</td><td>${escapeHtml(email.subject)}</td>` +
        `<td>${new Date(email.at * 1000).toISOString()}</td></tr>`,
    );
  }
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>nianbao outbox</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style>
</head><body><h1>nianbao outbox: ${emails.length} email(s)</h1>
<table><tr><th>file</th><th>to</th><th>subject</th><th>sent (UTC)</th></tr>
${rows.join('\n')}
</table></body></html>
`;
  await writeFile(join(dir, 'index.html'), html);
  return emails.length;
}
