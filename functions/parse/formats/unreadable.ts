/**
 * Thrown by a format reader when the file cannot be read at all (corrupt .docx, scanned or encrypted PDF,
 * over a size cap). The message is Chinese, for the agency; the reader turns it into an S-FORMAT finding.
 */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}
