/**
 * Thrown by a format reader when the file cannot be read at all (corrupt .docx, scanned or encrypted PDF,
 * over a size cap). The message is Chinese, for the agency; the reader turns it into an S-FORMAT finding.
 */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

/**
 * Characters of text a file may hold, in any format: the longest real reports have ~60k; a file of millions is a
 * data dump or a hostile file, whose rows would cost the reader seconds and hundreds of MB.
 */
export const MAX_CHARACTERS = 1_000_000;

/**
 * A file over one of the readers' budgets: `what` says what was too large (文件中的文字超过 100 万字 …), the rest
 * what to upload instead.
 */
export function overBudget(what: string): UnreadableFileError {
  return new UnreadableFileError(
    `${what}，远超一份政府信息公开工作年度报告，未作核查；请只上传年度报告本身（不含附件、数据清单等），` +
      '格式为 Word（.docx 或 .doc）、可复制文字的 PDF、HTML 或文本（.txt）。',
  );
}

/** The budget every reader applies to the text it finds. */
export function checkCharacters(length: number): void {
  if (length > MAX_CHARACTERS) throw overBudget(`文件中的文字超过 ${MAX_CHARACTERS / 10_000} 万字`);
}
