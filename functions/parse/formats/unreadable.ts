/**
 * Thrown by a format reader when the file cannot be read at all (corrupt .docx, scanned or encrypted PDF,
 * over a size cap). The message is Chinese, for the agency; the reader turns it into an S-FORMAT finding.
 */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

/** A file with no text to read, only page images (a scanned PDF, a photo): formats/ocr/ reads it instead. */
export class NoTextLayerError extends UnreadableFileError {
  override name = 'NoTextLayerError';
  constructor(
    message: string,
    readonly scan: 'pdf' | 'image',
  ) {
    super(message);
  }
}

/**
 * A file over one of the readers' budgets: `what` says what was too large (文件中的文字超过 1100 万字 …), the rest
 * what to upload instead.
 */
export function overBudget(what: string): UnreadableFileError {
  return new UnreadableFileError(
    `${what}，远超一份政府信息公开工作年度报告，未作核查；请只上传年度报告本身（不含附件、数据清单等），` +
      '格式为 Word（.docx 或 .doc）、可复制文字的 PDF、HTML 或文本（.txt）。',
  );
}

/** A budget as the agency reads it: `1100 万` for round ten-thousands, else the number itself. */
export const inWan = (count: number): string => (count % 10_000 === 0 ? `${count / 10_000} 万` : `${count} `);

/** The character budget (budgets.ts) every reader but the .docx one applies to the text it finds. */
export function checkCharacters(length: number, limit: number): void {
  if (length > limit) throw overBudget(`文件中的文字超过 ${inWan(limit)}字`);
}
