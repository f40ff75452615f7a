import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { oneLine } from '../functions/notify/render/escape.js';
import { MAX_REASON_CHARS, MAX_REVIEWER_CHARS } from '../functions/shared/model/review-mark.js';
import type { RequestGuard } from './csrf.js';
import { reportHref } from './html.js';
import { findingAnchor } from './review-form.js';
import type { DashboardSource } from './sources.js';

/** A mark's form is a few hundred bytes; anything much larger is not one. */
export const MAX_FORM_BYTES = 8 * 1024;
const FORM_TYPE = 'application/x-www-form-urlencoded';
const MARK_PATH = /^\/reports\/([^/]+)\/([^/]+)\/marks$/;

/** One line of text as typed, control characters and line breaks made spaces (oneLine), then bounded. */
const typed = (max: number) => z.string().transform(oneLine).pipe(z.string().min(1).max(max));
const markFormSchema = z.object({
  token: z.string().default(''), // none is a wrong one: 403, like a foreign origin
  finding: z.coerce.number().int().nonnegative(),
  followUp: z.string().min(1).max(100).optional(),
  by: typed(MAX_REVIEWER_CHARS),
  reason: typed(MAX_REASON_CHARS),
});

/** What a POST gets: a redirect to the report page, or a status and a sentence for the office. */
export type ReviewPostResult = { status: 303; location: string } | { status: 400 | 403 | 404 | 413 | 415; message: string };

/**
 * Marks one finding of a stored report (or of one of its follow-ups) 已核实无误 from the report page's form. The
 * finding is taken from the stored report by its index, never from the form, so a form cannot forge a value; the
 * mark is put once (the first stays). The server has checked the request's Host and origin (csrf.ts); the form's
 * secret is checked here.
 */
export async function postReviewMark(
  req: IncomingMessage,
  sources: readonly DashboardSource[],
  guard: RequestGuard,
  now: () => Date,
): Promise<ReviewPostResult> {
  const path = MARK_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
  const [districtId, reportId] = (path?.slice(1) ?? []).map(decodeSafely);
  const source = sources.find((s) => s.district.id === districtId);
  if (!source || !reportId) return { status: 404, message: '未找到该页面。' };
  if (req.headers['content-type']?.split(';')[0]?.trim() !== FORM_TYPE) return { status: 415, message: '请从报告页面的表单提交。' };
  const body = await readBody(req, MAX_FORM_BYTES);
  if (body === undefined) return { status: 413, message: '提交的内容过长。' };
  const form = markFormSchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
  if (!form.success) return { status: 400, message: '请填写核实人和理由（核实人不超过 40 字，理由不超过 500 字）。' };
  if (!guard.validToken(form.data.token)) return { status: 403, message: '页面已过期（仪表盘已重启），请刷新报告页面后重新提交。' };
  const { followUp, finding: index } = form.data;
  const report = await source.store.getReport(reportId);
  const listed = followUp ? (await source.store.followUpsOf(reportId)).find((f) => f.id === followUp)?.findings : report?.findings;
  const finding = listed?.[index];
  const year = report?.report?.year;
  if (!report || !finding) return { status: 404, message: '未找到该报告或该问题。' };
  if (!year) return { status: 400, message: '该报告的年度无法识别，不能标记核实。' };
  const { by, reason } = form.data;
  const outcome = await source.store.putReviewMarkOnce({
    agencyId: report.agencyId,
    year,
    finding,
    reportId,
    by,
    reason,
    at: now().toISOString(),
  });
  return { status: 303, location: `${reportHref(source.district.id, reportId)}?marked=${outcome}#${findingAnchor(index, followUp)}` };
}

function decodeSafely(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * The request body as text, or undefined once it passes `max` bytes: reading stops there (the reply closes the
 * connection), so a huge body is never held.
 */
function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= max) return void chunks.push(chunk);
      req.off('data', onData).pause();
      resolve(undefined);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
