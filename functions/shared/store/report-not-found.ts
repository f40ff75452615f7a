/** A status change was asked for a report (or follow-up) that the table does not hold: a bug, not a duplicate. */
export class ReportNotFoundError extends Error {
  override name = 'ReportNotFoundError';

  constructor(what: string) {
    super(`${what} is not in the table`);
  }
}
